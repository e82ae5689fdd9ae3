package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import java.util.List;

/**
 * {@code @WebhookSettings} and the {@code @WebhookSubscription}s on handler methods: HubSpot's one
 * webhooks file. The settings' keys are written in {@link #SETTINGS}, each subscription in the
 * group of {@link #SUBSCRIPTIONS} its type files it into; which group it was in is not a member.
 */
public final class WebhooksConfig {

  /** The object the settings' keys are written in. */
  public static final String SETTINGS = "settings";

  public static final ConfigKey TARGET_URL = ConfigKey.string("targetUrl");

  /**
   * Written as the number, or as {@code "${NAME}"} when {@link #MAX_CONCURRENT_REQUESTS_VARIABLE}
   * names a profile variable (HubSpot's CLI replaces a string that is exactly {@code ${NAME}} with
   * the variable's number).
   */
  public static final ConfigKey MAX_CONCURRENT_REQUESTS =
      ConfigKey.integer("maxConcurrentRequests");

  /** A member with no key of its own: the variable {@link #MAX_CONCURRENT_REQUESTS} names. */
  public static final String MAX_CONCURRENT_REQUESTS_VARIABLE = "maxConcurrentRequestsVariable";

  /** The object of the subscription groups, each an array of subscriptions. */
  public static final String SUBSCRIPTIONS = "subscriptions";

  /** The groups, in the order they are written. */
  public static final List<String> GROUPS =
      List.of(
          WebhookSubscription.CRM_OBJECTS,
          WebhookSubscription.LEGACY_CRM_OBJECTS,
          WebhookSubscription.HUB_EVENTS);

  public static final ConfigKey SUBSCRIPTION_TYPE =
      ConfigKey.string("subscriptionType").spelledBy("WebhookSubscriptionType");
  public static final ConfigKey OBJECT_TYPE = ConfigKey.string("objectType").omittedWhenUnset();
  public static final ConfigKey PROPERTY_NAME = ConfigKey.string("propertyName").omittedWhenUnset();
  public static final ConfigKey ACTIVE = ConfigKey.bool("active");

  /** One subscription, the annotation on a handler method. */
  public static final AnnotationDeclaration SUBSCRIPTION =
      AnnotationDeclaration.of(
          "WebhookSubscription", SUBSCRIPTION_TYPE, OBJECT_TYPE, PROPERTY_NAME, ACTIVE);

  /** The settings' keys, in {@link #SETTINGS}. */
  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.WEBHOOKS, "WebhookSettings", TARGET_URL, MAX_CONCURRENT_REQUESTS);

  private WebhooksConfig() {}
}
