package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * HubSpot documents user-level apps ({@code config.isUserLevel: true}) as generally available with
 * platform 2026.09 (SPEC 24, the fall 2026 spotlight); before it they were a beta, whose page names
 * no platform version. HubSpot's parser (project-parsing-lib 0.23.0) checks the key on no version,
 * real projects written during the beta use it on 2025.2, and no rejection on an older version is
 * documented or measured: a warning, with the documented version.
 */
final class AppUserLevelRule implements Rule {

  static final PlatformVersion USER_LEVEL = PlatformVersion.V2026_09;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      PlatformVersion version = app.platformVersion().value();
      if (!Boolean.TRUE.equals(app.userLevel().value())
          || version == null
          || version.isAtLeast(USER_LEVEL)) {
        continue;
      }
      diagnostics.report(
          RuleId.APP_USER_LEVEL,
          app.userLevel().origin(),
          "@HubSpotApp userLevel = true on platformVersion "
              + version.json()
              + ": HubSpot documents user-level apps"
              + " from "
              + USER_LEVEL.json()
              + " on, a beta before it; its parser accepts isUserLevel on "
              + version.json()
              + " and no rejection there is documented, so this may work only while the beta lasts"
              + " (set platformVersion = PlatformVersion."
              + USER_LEVEL.name()
              + " on @HubSpotApp)");
    }
  }
}
