package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.write.ProfileFiles;
import io.github.hubspotapt.processor.write.ProjectFiles;
import io.github.hubspotapt.processor.write.RelativePath;
import java.util.HashMap;
import java.util.Map;

/**
 * A front-end file is copied beside the files generated from the annotations: one at the path of a
 * generated file ({@code app/cards/my-card-hsmeta.json} beside a {@code @Card} named "My Card")
 * would be replaced by it, and the component it describes silently dropped from the upload; so
 * would one whose path differs only in case or Unicode normalization ({@code
 * app/cards/My-Card-hsmeta.json}), the same file on macOS and Windows ({@link
 * RelativePath#fileKey}). Judged on the project as written, once the other rules passed: only then
 * are the generated paths those the writer uses, and a clash that another rule names (a chosen
 * {@code fileName}, a profile declared twice) is not reported twice.
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
    Map<String, String> generated = new HashMap<>();
    for (String path : ProjectFiles.paths(app, project)) {
      generated.put(RelativePath.fileKey(path), path);
    }
    for (Profile profile : project.profiles()) {
      String path = ProfileFiles.path(app, profile);
      generated.put(RelativePath.fileKey(path), path);
    }
    for (String path : frontend.files().keySet()) {
      String inSrcDir = ProjectFiles.inSrcDir(app, path);
      String clash = generated.get(RelativePath.fileKey(inSrcDir));
      if (clash != null) {
        diagnostics.report(
            RuleId.FRONTEND_HSMETA,
            null,
            "front-end file "
                + frontend.root().resolve(path)
                + (clash.equals(inSrcDir)
                    ? " has the path of a file generated from the annotations"
                    : " is the same file on macOS and Windows as "
                        + clash
                        + ", generated from the annotations (names that differ only in case are one"
                        + " file there)")
                + ", which would replace it; rename it, or declare its component with its"
                + " annotation only");
      }
    }
  }
}
