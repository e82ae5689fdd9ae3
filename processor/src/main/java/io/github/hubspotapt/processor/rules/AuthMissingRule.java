package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** {@code config.auth} is required: the {@code @HubSpotApp} class must also carry {@code @Auth}. */
final class AuthMissingRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() == null) {
        diagnostics.report(
            RuleId.AUTH_MISSING,
            app.origin(),
            "@HubSpotApp needs @Auth on the same class: HubSpot requires config.auth"
                + " (type oauth or static, and the required scopes)");
      }
    }
  }
}
