package io.github.hubspotapt.processor.model;

import io.github.hubspotapt.processor.vocabulary.WebhookSubscriptionTypes;

/** {@code @WebhookSubscription}, on the class or method that handles it. */
public record WebhookSubscription(
    Origin origin,
    Located<String> subscriptionType,
    Located<String> objectType,
    Located<String> propertyName,
    Located<Boolean> active) {

  public static final String CRM_OBJECTS = "crmObjects";
  public static final String LEGACY_CRM_OBJECTS = "legacyCrmObjects";
  public static final String HUB_EVENTS = "hubEvents";

  /**
   * The array of the webhooks file the subscription belongs in, by HubSpot's grouping: {@code
   * object.*} events are {@code crmObjects}; privacy deletions and conversation events are {@code
   * hubEvents}; the classic {@code <object>.<event>} events are {@code legacyCrmObjects}.
   */
  public String group() {
    String type = subscriptionType.value() == null ? "" : subscriptionType.value();
    if (WebhookSubscriptionTypes.isObjectEvent(type)) {
      return CRM_OBJECTS;
    }
    return WebhookSubscriptionTypes.isHubEvent(type) ? HUB_EVENTS : LEGACY_CRM_OBJECTS;
  }
}
