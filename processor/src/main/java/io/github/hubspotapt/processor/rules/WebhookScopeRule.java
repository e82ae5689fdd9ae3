package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.vocabulary.WebhookSubscriptionTypes;
import java.util.List;
import java.util.Set;

/**
 * HubSpot's webhook docs: a subscription needs the read scope of its object, and conversation events need
 * {@code conversations.read}; without it HubSpot delivers nothing. Named with the scope to add. The webhooks
 * component's own permissions count (there is one webhooks component per app).
 */
final class WebhookScopeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.auth() == null) {
      return;
    }
    List<WebhookSettings> webhooks = project.features(WebhookSettings.class);
    Set<String> scopes = Scopes.requested(app, webhooks.isEmpty() ? null : webhooks.get(0));
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String needed = WebhookSubscriptionTypes.requiredScope(subscription.subscriptionType().value(),
          subscription.objectType().value());
      if (needed != null && !scopes.contains(needed)) {
        diagnostics.report(RuleId.WEBHOOK_SCOPE, subscription.origin(),
            "subscription " + Quote.of(subscription.subscriptionType().value()) + " needs the scope " + needed
                + ", which the app does not request; add \"" + needed + "\" to @Auth requiredScopes");
      }
    }
  }
}
