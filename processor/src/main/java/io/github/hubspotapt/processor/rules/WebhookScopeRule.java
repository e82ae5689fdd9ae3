package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import java.util.Set;

/**
 * HubSpot's webhook docs: a subscription needs the read scope of its object, and conversation events need
 * {@code conversations.read}; without it HubSpot delivers nothing. Named with the scope to add.
 */
final class WebhookScopeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.auth() == null) {
      return;
    }
    Set<String> scopes = Scopes.requested(app);
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      String needed = scope(subscription);
      if (needed != null && !scopes.contains(needed)) {
        diagnostics.report(RuleId.WEBHOOK_SCOPE, subscription.origin(),
            "subscription " + Quote.of(subscription.subscriptionType().value()) + " needs the scope " + needed
                + ", which the app does not request; add \"" + needed + "\" to @Auth requiredScopes");
      }
    }
  }

  private static String scope(WebhookSubscription subscription) {
    String type = subscription.subscriptionType().value();
    if (type == null) {
      return null;
    }
    if (type.startsWith("conversation.")) {
      return "conversations.read";
    }
    if (type.startsWith("object.")) {
      String object = subscription.objectType().value();
      if (object == null) {
        return null;
      }
      String scope = WebhookTypes.isCustomObject(object) ? "crm.objects.custom.read"
          : WebhookTypes.OBJECT_SCOPES.get(object);
      return scope == null || scope.isEmpty() ? null : scope;
    }
    String object = WebhookTypes.legacyObject(type);
    return object == null ? null : WebhookTypes.LEGACY_OBJECT_SCOPES.get(object);
  }
}
