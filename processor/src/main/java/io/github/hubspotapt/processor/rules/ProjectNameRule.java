package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's parser requires a non-empty {@code hsproject.json} name. An explicit {@code
 * projectName} that is only whitespace would be written as such, so it is refused; an empty one
 * falls back to the app name.
 */
final class ProjectNameRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String explicit = app.projectName().value();
      if (explicit != null && !explicit.isEmpty() && explicit.isBlank()) {
        diagnostics.report(
            RuleId.PROJECT_NAME,
            app.projectName().origin(),
            "projectName "
                + Quote.of(explicit)
                + " is blank; give a name, or leave it out to use the app name");
      }
    }
  }
}
