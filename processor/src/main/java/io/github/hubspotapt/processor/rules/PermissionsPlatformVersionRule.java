package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Permissions;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * HubSpot's parser (project-parsing-lib 0.23.0, {@code validation.js}) refuses a component's
 * top-level {@code permissions} below platform 2026.09-beta, in these words. Only permissions with
 * a scope are written, so only those are checked.
 */
final class PermissionsPlatformVersionRule implements Rule {

  static final PlatformVersion PERMISSIONS = PlatformVersion.V2026_09_BETA;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    PlatformVersion version = app == null ? null : app.platformVersion().value();
    if (version == null || version.isAtLeast(PERMISSIONS)) {
      return;
    }
    for (Feature feature : project.features()) {
      Permissions permissions = feature.file().permissions();
      if (!permissions.isEmpty()) {
        diagnostics.report(
            RuleId.PERMISSIONS_PLATFORM_VERSION,
            permissions.origin(),
            "The \"permissions\" field is not supported on platform version \""
                + version.json()
                + "\". Upgrade to"
                + " \"2026.09\" or later to use component-level permissions. ("
                + feature.type().annotation()
                + " "
                + feature.origin().element()
                + "; set platformVersion = PlatformVersion.V2026_09 on @HubSpotApp)");
      }
    }
  }
}
