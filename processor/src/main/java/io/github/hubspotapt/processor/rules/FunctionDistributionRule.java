package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;

/**
 * HubSpot's templates and AGENTS.md: app functions are for private apps only, and from platform
 * 2026.03-beta on only for static-auth private apps.
 */
final class FunctionDistributionRule implements Rule {

  static final PlatformVersion STATIC_ONLY = PlatformVersion.V2026_03_BETA;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || app.auth() == null) {
      return;
    }
    String problem = problem(app);
    if (problem == null) {
      return;
    }
    for (AppFunction function : project.features(AppFunction.class)) {
      diagnostics.report(
          RuleId.FUNCTION_DISTRIBUTION, function.origin(), "@AppFunction " + problem);
    }
  }

  private static String problem(App app) {
    if (app.distribution().value() == Distribution.MARKETPLACE) {
      return "is not available to marketplace apps; app functions need distribution private";
    }
    PlatformVersion version = app.platformVersion().value();
    if (version != null
        && version.isAtLeast(STATIC_ONLY)
        && app.auth().type().value() == AuthType.OAUTH) {
      return "needs a static-auth app on platform "
          + version.json()
          + " (from "
          + STATIC_ONLY.json()
          + " on, functions are for static auth only); use AuthType.STATIC, or platform 2025.2";
    }
    return null;
  }
}
