package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.write.RelativePath;

/**
 * HubSpot's parser ({@code validateProjectConfig}): {@code srcDir} is not empty and resolves inside
 * the project folder, or to the folder itself; {@code src/}, {@code ./src} and {@code a/../src} all
 * do. The processor writes the app's files below that folder, so each of its folder names must also
 * be one it writes: letters, digits, {@code _}, {@code -} and inner dots (a backslash is a
 * separator on Windows and a letter elsewhere, so it is refused too).
 */
final class SrcDirRule implements Rule {

  private static final String TEMPLATES = " (HubSpot's templates use \"src\")";

  /**
   * HubSpot's CLI lists a project's files leaving out every path that contains this, as a plain
   * substring (local-dev-lib's walk), so {@code my_node_modules_src} is left out too.
   */
  private static final String NODE_MODULES = "node_modules";

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String srcDir = app.srcDir().value();
      String problem = srcDir == null ? null : problem(srcDir);
      if (problem != null) {
        diagnostics.report(
            RuleId.PROJECT_SRC_DIR, app.srcDir().origin(), "srcDir " + Quote.of(srcDir) + problem);
      }
    }
  }

  private static String problem(String srcDir) {
    if (srcDir.isEmpty()) {
      return " is empty; HubSpot's parser requires a folder" + TEMPLATES;
    }
    if (srcDir.startsWith("/")) {
      return " is absolute; it must be a folder relative to the project" + TEMPLATES;
    }
    String folder = RelativePath.normalize(srcDir);
    if (folder == null) {
      return " leaves the project folder; HubSpot's parser requires srcDir inside it" + TEMPLATES;
    }
    if (!folder.isEmpty() && !ProjectLayout.isSafe(folder)) {
      return " has a folder name the processor does not write: '/'-separated names of letters, digits, '_', '-'"
          + " and inner '.'"
          + TEMPLATES;
    }
    if (folder.contains(NODE_MODULES)) {
      return " contains \""
          + NODE_MODULES
          + "\": HubSpot's CLI skips every folder whose path contains it, so its parser would find no"
          + " *-hsmeta.json"
          + TEMPLATES;
    }
    String unnameable = RelativePath.unnameable(folder);
    return unnameable == null ? null : " " + unnameable;
  }
}
