package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * Without {@code -Ahubspot.frontendDir} the processor cannot see the React and JavaScript files: it
 * says so once, not once per card, and the generated project then lacks them. The advice names no
 * build tool's syntax: the same note shows under plain javac, Maven and Gradle.
 */
final class FrontendNotConfiguredRule implements Rule {

  private final FrontendFolder frontend;

  FrontendNotConfiguredRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (frontend == null && !Entrypoints.all(project).isEmpty()) {
      diagnostics.report(
          RuleId.FRONTEND_NOT_CONFIGURED,
          null,
          "entrypoints are not checked and front-end files are not copied into the HubSpot project: set"
              + " -Ahubspot.frontendDir to the absolute path of the folder that holds app/cards/..."
              + " (by convention src/main/hubspot)");
    }
  }
}
