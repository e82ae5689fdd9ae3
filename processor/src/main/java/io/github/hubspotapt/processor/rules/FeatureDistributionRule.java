package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's templates and app-event docs: app events, app objects and their associations need an
 * oauth marketplace app.
 */
final class FeatureDistributionRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null
        || app.auth() == null
        || app.auth().type().value() == null
        || app.distribution().value() == null) {
      return;
    }
    if (app.auth().type().value() == AuthType.OAUTH
        && app.distribution().value() == Distribution.MARKETPLACE) {
      return;
    }
    for (Feature feature : project.features()) {
      if (feature instanceof AppEvent
          || feature instanceof AppObject
          || feature instanceof AppObjectAssociation) {
        diagnostics.report(
            RuleId.FEATURE_DISTRIBUTION,
            feature.origin(),
            feature.type().annotation()
                + " needs an oauth marketplace app, but the app is "
                + app.auth().type().value().json()
                + " / "
                + app.distribution().value().json());
      }
    }
  }
}
