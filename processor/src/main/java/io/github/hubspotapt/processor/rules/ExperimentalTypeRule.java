package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.ExperimentalFeature;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's parser registers the experimental types, so the project's structure is checked, but no
 * template, doc page or schema of HubSpot's describes their config, and HubSpot's servers may
 * refuse the type at upload on public platform versions. Compiling cannot promise acceptance here,
 * so every use says so: a warning, not an error, because an account in HubSpot's beta may well
 * accept it.
 */
final class ExperimentalTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (ExperimentalFeature feature : project.features(ExperimentalFeature.class)) {
      String type = feature.type().json();
      diagnostics.report(
          RuleId.EXPERIMENTAL_TYPE,
          feature.typeValue(),
          feature.type().annotation()
              + ": HubSpot's parser knows the type \""
              + type
              + "\", but HubSpot publishes no"
              + " config format for it; its config is checked only to be one JSON object, and HubSpot may refuse the"
              + " file at upload (\"Unsupported type: "
              + type
              + "\") unless the account has the feature;"
              + " -Ahubspot.severity.HS_EXPERIMENTAL_TYPE=NONE silences this once it is known to work");
    }
  }
}
