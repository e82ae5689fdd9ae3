package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * Marketplace apps must use OAuth, and static auth is only for private apps (HubSpot's templates,
 * CLI and auth docs). With two values each, both statements forbid exactly one combination: static
 * + marketplace.
 */
final class AuthDistributionRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() == null) {
        continue;
      }
      if (app.auth().type().value() == AuthType.STATIC
          && app.distribution().value() == Distribution.MARKETPLACE) {
        diagnostics.report(
            RuleId.AUTH_DISTRIBUTION,
            app.auth().type().origin(),
            "auth type static is only allowed for private apps, and marketplace apps must use oauth;"
                + " found static with distribution marketplace (use AuthType.OAUTH, or Distribution.PRIVATE)");
      }
    }
  }
}
