package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.vocabulary.WebhookSubscriptionTypes;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * HubSpot's webhook docs: a subscription needs the read scope of its object, and conversation
 * events need {@code conversations.read}; without it HubSpot delivers nothing. Named with the
 * object the subscription is on and the scope to add. The webhooks component's own permissions
 * count (there is one webhooks component per app). Ticket subscriptions accept the granular {@code
 * crm.objects.tickets.read} as well as the {@code tickets} scope the webhooks API asks for, as
 * public projects hold the one or the other.
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
      String type = subscription.subscriptionType().value();
      List<String> needed =
          WebhookSubscriptionTypes.requiredScopes(type, subscription.objectType().value());
      if (!needed.isEmpty() && Collections.disjoint(needed, scopes)) {
        String first = needed.get(0);
        String others =
            needed.size() == 1
                ? ""
                : " (or " + String.join(" or ", needed.subList(1, needed.size())) + ")";
        diagnostics.report(
            RuleId.WEBHOOK_SCOPE,
            subscription.origin(),
            "subscription "
                + Quote.of(type)
                + " on "
                + subject(subscription)
                + " needs the scope "
                + first
                + others
                + ", which the app does not request; add \""
                + first
                + "\" to @Auth requiredScopes");
      }
    }
  }

  /**
   * What the subscription is on: its object type, the object of a classic type, or conversations.
   */
  private static String subject(WebhookSubscription subscription) {
    String type = subscription.subscriptionType().value();
    if (WebhookSubscriptionTypes.isObjectEvent(type)) {
      return "object type " + Quote.of(subscription.objectType().value());
    }
    String object = WebhookSubscriptionTypes.legacyObject(type);
    return object == null ? "conversations" : "object type " + Quote.of(object);
  }
}
