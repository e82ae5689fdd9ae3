package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;

/**
 * Subscriptions are written into the webhooks file, which needs its settings: one
 * {@code @WebhookSettings}.
 */
final class WebhookSettingsMissingRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (!project.features(WebhookSettings.class).isEmpty()) {
      return;
    }
    for (WebhookSubscription subscription : project.webhookSubscriptions()) {
      diagnostics.report(
          RuleId.WEBHOOK_SETTINGS_MISSING,
          subscription.origin(),
          "webhook subscription "
              + Quote.of(subscription.subscriptionType().value())
              + " has nowhere to deliver:"
              + " no class carries @WebhookSettings(targetUrl = \"https://...\")");
    }
  }
}
