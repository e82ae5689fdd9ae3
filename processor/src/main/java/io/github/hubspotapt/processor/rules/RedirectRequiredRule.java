package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * The OAuth install flow sends the user back to a redirect URL, so an oauth app declares at least
 * one.
 */
final class RedirectRequiredRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() != null
          && app.auth().type().value() == AuthType.OAUTH
          && app.auth().redirectUrls().isEmpty()) {
        diagnostics.report(
            RuleId.AUTH_REDIRECT_REQUIRED,
            app.auth().origin(),
            "an oauth app needs at least one redirect URL, found none; add"
                + " redirectUrls = \"https://...\" (or \"http://localhost:3000\" while developing)");
      }
    }
  }
}
