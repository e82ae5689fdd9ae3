package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * CRM bulk actions exist from platform 2026.09-beta on; older versions' schemas reject the type.
 */
final class FeaturePlatformVersionRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.platformVersion().value() == null) {
      return;
    }
    PlatformVersion version = app.platformVersion().value();
    // The versions are data on each ComponentType, so a new type states its own here.
    for (Feature feature : project.features()) {
      PlatformVersion since = feature.type().since();
      if (since != null && !version.isAtLeast(since)) {
        diagnostics.report(
            RuleId.FEATURE_PLATFORM_VERSION,
            feature.origin(),
            feature.type().annotation()
                + " needs platformVersion "
                + since.json()
                + " or later, but the app uses "
                + version.json()
                + " (set platformVersion = PlatformVersion."
                + since.name()
                + " on @HubSpotApp)");
      }
    }
  }
}
