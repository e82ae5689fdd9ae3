package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.write.ProfileFiles;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.HashSet;
import java.util.Set;

/**
 * A front-end file is copied beside the files generated from the annotations: one at the path of a
 * generated file ({@code app/cards/my-card-hsmeta.json} beside a {@code @Card} named "My Card")
 * would be replaced by it, and the component it describes silently dropped from the upload. Judged
 * on the project as written, once the other rules passed: only then are the generated paths those
 * the writer uses, and a clash that another rule names (a chosen {@code fileName}, a profile
 * declared twice) is not reported twice.
 */
final class FrontendGeneratedPathRule implements Rule {

  private final FrontendFolder frontend;

  FrontendGeneratedPathRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    App app = project.app();
    if (app == null || !project.complete()) {
      return; // nothing is generated
    }
    Set<String> generated = new HashSet<>(ProjectFiles.paths(app, project));
    for (Profile profile : project.profiles()) {
      generated.add(ProfileFiles.path(app, profile));
    }
    for (String path : frontend.files().keySet()) {
      if (generated.contains(ProjectFiles.inSrcDir(app, path))) {
        diagnostics.report(
            RuleId.FRONTEND_HSMETA,
            null,
            "front-end file "
                + frontend.root().resolve(path)
                + " has the path of a file generated from the annotations, which would replace it; rename it, or"
                + " declare its component with its annotation only");
      }
    }
  }
}
