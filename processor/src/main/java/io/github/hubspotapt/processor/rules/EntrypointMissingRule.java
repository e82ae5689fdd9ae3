package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * With a front-end folder configured, every entrypoint names a file that is there, or the upload
 * would fail.
 */
final class EntrypointMissingRule implements Rule {

  private final FrontendFolder frontend;

  EntrypointMissingRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    if (frontend == null) {
      return;
    }
    for (Entrypoints entry : Entrypoints.all(project)) {
      ComponentType type = entry.feature().type();
      if (EntrypointPathRule.problem(type, entry.entrypoint().value()) != null
          || frontend.isFile(entry.relativePath())) {
        continue;
      }
      String folder = entry.relativePath().substring(0, entry.relativePath().lastIndexOf('/'));
      String file = entry.relativePath().substring(folder.length() + 1);
      String nearest = Suggestions.nearest(file, frontend.fileNames(folder));
      diagnostics.report(
          RuleId.ENTRYPOINT_MISSING,
          entry.entrypoint().origin(),
          type.annotation()
              + " entrypoint "
              + Quote.of(entry.entrypoint().value())
              + " does not exist: there is no "
              + frontend.root().resolve(entry.relativePath())
              + (nearest == null ? "" : " (did you mean /" + folder + "/" + nearest + "?)"));
    }
  }
}
