package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * Every feature is a child of the app: a feature annotation needs a {@code @HubSpotApp} in the same
 * compilation.
 */
final class AppMissingRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (!project.apps().isEmpty()) {
      return;
    }
    for (Feature feature : project.features()) {
      diagnostics.report(
          RuleId.APP_MISSING,
          feature.origin(),
          feature.type().annotation()
              + " on "
              + feature.origin().element()
              + " needs an app, but no class of this"
              + " compilation carries @HubSpotApp; HubSpot features are children of the app");
    }
  }
}
