package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** {@code @Auth} describes the app's auth block, so it belongs on the {@code @HubSpotApp} class. */
final class AuthWithoutAppRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Auth auth : project.authsWithoutApp()) {
      diagnostics.report(
          RuleId.AUTH_WITHOUT_APP,
          auth.origin(),
          "@Auth must be on the class that carries @HubSpotApp, but "
              + auth.origin().element()
              + " has no @HubSpotApp");
    }
  }
}
