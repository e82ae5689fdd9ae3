package io.github.hubspotapt.maven.frontend;

import io.github.hubspotapt.processor.layout.ProjectLayout;

/**
 * The files of a project folder that the processor itself writes, which the front-end sync leaves
 * to it. Which paths may be written at all is the processor's {@link ProjectLayout#isSafe}: the
 * manifest is the contract between the processor and this plugin, so a manifest line is trusted,
 * and a front-end file is copied, only under the rule the processor's writer follows.
 */
final class ProjectPaths {

  private ProjectPaths() {}

  /**
   * The files the processor generates, or checks before it copies them: {@code hsproject.json}, the
   * {@code *-hsmeta.json} files and the profiles, {@code hsprofile.<name>.json}.
   */
  static boolean isGenerated(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals(ProjectLayout.PROJECT_FILE)
        || name.endsWith(ProjectLayout.METAFILE_SUFFIX)
        || (name.startsWith(ProjectLayout.PROFILE_PREFIX) && name.endsWith(".json"));
  }
}
