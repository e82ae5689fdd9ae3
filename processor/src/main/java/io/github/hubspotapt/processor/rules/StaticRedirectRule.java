package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * Static-auth apps have no install redirect; none of HubSpot's static templates declares redirect
 * URLs.
 */
final class StaticRedirectRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() == null || app.auth().type().value() != AuthType.STATIC) {
        continue;
      }
      for (Located<String> url : app.auth().redirectUrls()) {
        diagnostics.report(
            RuleId.AUTH_STATIC_REDIRECT,
            url.origin(),
            "redirect URL "
                + Quote.of(url.value())
                + " has no effect: static-auth apps have no OAuth redirect;"
                + " remove it, or use AuthType.OAUTH");
      }
    }
  }
}
