package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.write.RelativePath;

/**
 * HubSpot's parser: {@code srcDir} resolves inside the project. The processor also writes files below it, so it must
 * be a plain relative folder path ({@code src}, {@code hubspot/src}): no {@code ..}, no absolute path, no odd characters.
 */
final class SrcDirRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String srcDir = app.srcDir().value();
      if (srcDir != null && !RelativePath.isSafe(srcDir)) {
        diagnostics.report(RuleId.PROJECT_SRC_DIR, app.srcDir().origin(),
            "srcDir " + Quote.of(srcDir) + " must be a relative folder inside the project, made of '/'-separated"
                + " names of letters, digits, '_', '-' and inner '.' (HubSpot's templates use \"src\")");
      }
    }
  }
}
