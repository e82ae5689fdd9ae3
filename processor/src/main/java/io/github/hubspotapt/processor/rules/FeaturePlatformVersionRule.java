package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * CRM bulk actions exist from platform 2026.09-beta on; older versions' schemas reject the type.
 */
final class FeaturePlatformVersionRule implements Rule {

  static final PlatformVersion BULK_ACTIONS = PlatformVersion.V2026_09_BETA;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null
        || app.platformVersion().value() == null
        || app.platformVersion().value().isAtLeast(BULK_ACTIONS)) {
      return;
    }
    for (CrmBulkAction action : project.features(CrmBulkAction.class)) {
      diagnostics.report(
          RuleId.FEATURE_PLATFORM_VERSION,
          action.origin(),
          "@CrmBulkAction needs platformVersion "
              + BULK_ACTIONS.json()
              + " or later, but the app uses "
              + app.platformVersion().value().json()
              + " (set platformVersion = PlatformVersion."
              + BULK_ACTIONS.name()
              + " on @HubSpotApp)");
    }
  }
}
