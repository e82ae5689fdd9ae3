package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * HubSpot's user-level apps ({@code config.isUserLevel: true}) come with platform 2026.09: its docs introduce them
 * with that version, and no older version's template or type knows the key.
 */
final class AppUserLevelRule implements Rule {

  static final PlatformVersion USER_LEVEL = PlatformVersion.V2026_09;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      PlatformVersion version = app.platformVersion().value();
      if (!Boolean.TRUE.equals(app.userLevel().value()) || version == null || version.isAtLeast(USER_LEVEL)) {
        continue;
      }
      diagnostics.report(RuleId.APP_USER_LEVEL, app.userLevel().origin(),
          "@HubSpotApp userLevel = true needs platformVersion " + USER_LEVEL.json() + " or later, where HubSpot"
              + " introduces user-level apps, but the app uses " + version.json()
              + " (set platformVersion = PlatformVersion." + USER_LEVEL.name() + " on @HubSpotApp)");
    }
  }
}
