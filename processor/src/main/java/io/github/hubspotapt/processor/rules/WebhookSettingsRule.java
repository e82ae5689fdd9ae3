package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WebhookSettings;

/**
 * HubSpot's webhook docs: events go to a publicly reachable https targetUrl, at most
 * maxConcurrentRequests at once.
 */
final class WebhookSettingsRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WebhookSettings settings : project.features(WebhookSettings.class)) {
      String url = settings.targetUrl().value();
      if (url != null && !Urls.isPublicHttpsUrl(url)) {
        diagnostics.report(
            RuleId.WEBHOOK_TARGET_URL,
            settings.targetUrl().origin(),
            "targetUrl "
                + Quote.of(url)
                + " is not a public https:// URL; HubSpot only delivers webhooks to"
                + " publicly reachable https endpoints");
      }
      Integer max = settings.maxConcurrentRequests().value();
      String variable = settings.maxConcurrentRequestsVariable().value();
      if (variable != null && !variable.isEmpty() && settings.maxConcurrentRequestsWritten()) {
        // The variable's placeholder is written in its place: the number would be lost. Not named:
        // in a profile's copy of the project the member holds the variable's value, and its place.
        diagnostics.report(
            RuleId.WEBHOOK_MAX_CONCURRENT,
            settings.maxConcurrentRequests().origin(),
            "maxConcurrentRequests and maxConcurrentRequestsVariable "
                + Quote.of(variable)
                + " are both given: the variable sets the number in each profile, and the number"
                + " given is written nowhere; remove one of the two");
      }
      if (max != null && max < 1) {
        diagnostics.report(
            RuleId.WEBHOOK_MAX_CONCURRENT,
            settings.maxConcurrentRequests().origin(),
            "maxConcurrentRequests is "
                + max
                + "; it must be at least 1 (HubSpot's templates use 10)");
      }
    }
  }
}
