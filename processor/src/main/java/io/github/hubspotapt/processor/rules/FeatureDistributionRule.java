package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Distribution;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    AuthType auth = app.auth().type().value();
    Distribution distribution = app.distribution().value();
    // The apps each type allows are data on its ComponentType, so a new type states its own there.
    for (Feature feature : project.features()) {
      ComponentType type = feature.type();
      if (!type.authTypes().contains(auth) || !type.distributions().contains(distribution)) {
        diagnostics.report(
            RuleId.FEATURE_DISTRIBUTION,
            feature.origin(),
            type.annotation()
                + " needs an "
                + either(type.authTypes(), AuthType::json)
                + " "
                + either(type.distributions(), Distribution::json)
                + " app, but the app is "
                + auth.json()
                + " / "
                + distribution.json());
      }
    }
  }

  private static <E extends Enum<E>> String either(Set<E> allowed, Function<E, String> json) {
    return allowed.stream().sorted().map(json).collect(Collectors.joining(" or "));
  }
}
