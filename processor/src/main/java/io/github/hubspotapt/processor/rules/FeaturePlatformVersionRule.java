package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * A component type exists from the platform version its type names on ({@code ComponentType.since}:
 * CRM bulk actions from 2026.09-beta); older versions' schemas reject the type.
 */
final class FeaturePlatformVersionRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.platformVersion().value() == null) {
      return;
    }
    PlatformVersion version = app.platformVersion().value();
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
