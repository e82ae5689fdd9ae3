package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Scim;

/** HubSpot's SCIM template: SCIM provisioning needs a static-auth, private app. */
final class ScimAuthRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null
        || app.auth() == null
        || app.auth().type().value() == null
        || app.distribution().value() == null) {
      return; // an unreadable value: javac or HS-ANNOTATION-VERSION says why
    }
    boolean staticPrivate =
        app.auth().type().value() == AuthType.STATIC
            && app.distribution().value() == Distribution.PRIVATE;
    if (staticPrivate) {
      return;
    }
    for (Scim scim : project.features(Scim.class)) {
      diagnostics.report(
          RuleId.SCIM_AUTH,
          scim.origin(),
          "@Scim needs a static-auth private app, but the app is "
              + app.auth().type().value().json()
              + " / "
              + app.distribution().value().json());
    }
  }
}
