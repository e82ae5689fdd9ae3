package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSubscription;

/**
 * HubSpot's webhook docs: a property-change subscription names its property; other types have none.
 */
final class WebhookPropertyNameRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String type = subscription.subscriptionType().value();
      String property = subscription.propertyName().value();
      if (type == null || property == null) {
        continue;
      }
      boolean propertyChange = type.endsWith(".propertyChange");
      if (propertyChange && property.isBlank()) {
        diagnostics.report(
            RuleId.WEBHOOK_PROPERTY_NAME,
            subscription.propertyName().origin(),
            "subscription "
                + Quote.of(type)
                + " needs the property it watches, e.g. propertyName = \"email\"");
      } else if (!propertyChange && !property.isEmpty()) {
        diagnostics.report(
            RuleId.WEBHOOK_PROPERTY_NAME,
            subscription.propertyName().origin(),
            "propertyName "
                + Quote.of(property)
                + " only applies to *.propertyChange subscriptions, not to "
                + Quote.of(type));
      }
    }
  }
}
