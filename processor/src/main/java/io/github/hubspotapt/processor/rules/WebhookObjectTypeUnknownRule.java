package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import io.github.hubspotapt.processor.vocabulary.WebhookSubscriptionTypes;
import java.util.List;

/**
 * An {@code object.*} subscription's well-formed objectType that is neither one of the
 * generic-webhook objects HubSpot documents nor a custom object. HubSpot adds objects to that list
 * over time, so this is a warning with the nearest documented object, not an error.
 */
final class WebhookObjectTypeUnknownRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String type = subscription.subscriptionType().value();
      String objectType = subscription.objectType().value();
      if (type == null
          || objectType == null
          || !WebhookSubscriptionTypes.ALL.contains(type)
          || !subscription.group().equals(WebhookSubscription.CRM_OBJECTS)
          || !isUnknown(objectType)) {
        continue;
      }
      // Sorted only for the message: most compilations have no unknown object.
      List<String> known = WebhookSubscriptionTypes.objects().stream().sorted().toList();
      diagnostics.report(
          RuleId.WEBHOOK_OBJECT_TYPE_UNKNOWN,
          subscription.objectType().origin(),
          "objectType "
              + Quote.of(objectType)
              + " is not one of the objects HubSpot's webhook docs list ("
              + String.join(", ", known)
              + ", or a custom object p_<name> or 2-<id>); the list may be incomplete,"
              + " but HubSpot may reject it"
              + Suggestions.didYouMean(objectType, known));
    }
  }

  /**
   * Well-formed (a malformed name is {@link WebhookObjectTypeRule}'s error), yet neither documented
   * nor custom.
   */
  private static boolean isUnknown(String objectType) {
    return ObjectTypeSyntax.isWellFormed(objectType)
        && !WebhookSubscriptionTypes.objects().contains(objectType)
        && !ObjectTypeSyntax.isWebhookCustomObject(objectType);
  }
}
