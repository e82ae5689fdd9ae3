package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import io.github.hubspotapt.processor.vocabulary.WebhookSubscriptionTypes;

/**
 * {@code crmObjects} subscriptions ({@code object.*}) need the object they apply to, named as
 * HubSpot names objects (letters, digits, {@code _}, or an object type id); the classic types name
 * their object in the type itself, so an objectType there is a mistake. Whether HubSpot knows a
 * well-formed name is {@link WebhookObjectTypeUnknownRule}'s question.
 */
final class WebhookObjectTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String type = subscription.subscriptionType().value();
      String objectType = subscription.objectType().value();
      if (type == null || objectType == null || !WebhookSubscriptionTypes.ALL.contains(type)) {
        continue;
      }
      boolean crmObject = subscription.group().equals(WebhookSubscription.CRM_OBJECTS);
      if (crmObject && objectType.isEmpty()) {
        diagnostics.report(
            RuleId.WEBHOOK_OBJECT_TYPE,
            subscription.origin(),
            "subscription "
                + Quote.of(type)
                + " needs an objectType, e.g. objectType = \"contact\"");
      } else if (crmObject && !ObjectTypeSyntax.isWellFormed(objectType)) {
        diagnostics.report(
            RuleId.WEBHOOK_OBJECT_TYPE,
            subscription.objectType().origin(),
            "objectType "
                + Quote.of(objectType)
                + " is not an object type name: expected letters, digits and '_',"
                + " e.g. contact, deal, line_item, or a custom object p_<name>"
                + Suggestions.didYouMean(objectType, WebhookSubscriptionTypes.objects()));
      } else if (!crmObject && !objectType.isEmpty()) {
        boolean legacy = subscription.group().equals(WebhookSubscription.LEGACY_CRM_OBJECTS);
        diagnostics.report(
            RuleId.WEBHOOK_OBJECT_TYPE,
            subscription.objectType().origin(),
            "subscription "
                + Quote.of(type)
                + (legacy ? " names its object in the type" : " applies to no CRM object")
                + "; remove objectType "
                + Quote.of(objectType)
                + (legacy ? ", or use object." + type.substring(type.indexOf('.') + 1) : ""));
      }
    }
  }
}
