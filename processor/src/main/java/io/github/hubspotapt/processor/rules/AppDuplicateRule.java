package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.stream.Collectors;

/**
 * A HubSpot project has exactly one app: every {@code @HubSpotApp} beyond one is an error, on each
 * of them.
 */
final class AppDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (project.apps().size() < 2) {
      return;
    }
    String all =
        project.apps().stream()
            .map(app -> app.origin().element().toString())
            .collect(Collectors.joining(", "));
    for (App app : project.apps()) {
      diagnostics.report(
          RuleId.APP_DUPLICATE,
          app.origin(),
          "a HubSpot project has exactly one app, but "
              + project.apps().size()
              + " classes carry @HubSpotApp: "
              + all
              + "; keep one");
    }
  }
}
