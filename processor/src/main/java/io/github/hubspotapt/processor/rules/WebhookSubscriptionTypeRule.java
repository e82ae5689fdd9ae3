package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.vocabulary.Vocabulary;
import io.github.hubspotapt.processor.vocabulary.WebhookSubscriptionTypes;

/** A subscription's type is one HubSpot offers (its group in the file follows from it). */
final class WebhookSubscriptionTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String type = subscription.subscriptionType().value();
      if (type != null && !WebhookSubscriptionTypes.ALL.contains(type)) {
        diagnostics.report(
            RuleId.WEBHOOK_SUBSCRIPTION_TYPE,
            subscription.subscriptionType().origin(),
            "subscriptionType "
                + Quote.of(type)
                + " is not a HubSpot webhook subscription type; allowed: object.<event>,"
                + " <"
                + String.join("|", WebhookSubscriptionTypes.LEGACY_OBJECTS)
                + ">.<event> with event one of "
                + String.join(
                    ", ", WebhookSubscriptionTypes.CRM_OBJECT_EVENTS.stream().sorted().toList())
                + ", contact.privacyDeletion, conversation.*"
                + Suggestions.didYouMean(
                    type,
                    WebhookSubscriptionTypes.ALL,
                    Vocabulary.WEBHOOK_SUBSCRIPTION_TYPE::constant));
      }
    }
  }
}
