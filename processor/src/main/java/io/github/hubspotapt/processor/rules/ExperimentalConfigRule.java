package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.ExperimentalFeature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.write.JsonText;

/**
 * HubSpot's parser requires every file's {@code config} to be an object; an experimental feature's
 * config is the user's JSON text, written as it is, so it must be exactly one JSON object.
 */
final class ExperimentalConfigRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (ExperimentalFeature feature : project.features(ExperimentalFeature.class)) {
      String config = feature.config().value();
      String problem = config == null ? null : JsonText.objectProblem(config);
      if (problem != null) {
        diagnostics.report(
            RuleId.EXPERIMENTAL_CONFIG,
            feature.config().origin(),
            feature.type().annotation()
                + " config "
                + Quote.of(config)
                + " "
                + problem
                + "; HubSpot's parser needs config to be one JSON object, e.g. \"{\\\"name\\\": \\\"My server\\\"}\"");
      }
    }
  }
}
