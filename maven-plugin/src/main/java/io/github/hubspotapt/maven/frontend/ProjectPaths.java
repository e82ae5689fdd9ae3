package io.github.hubspotapt.maven.frontend;

import java.util.regex.Pattern;

/**
 * The paths the processor writes into a project folder, as its {@code write.RelativePath} accepts
 * them: only {@code /}-separated names of letters, digits and {@code _ - . @ + ~}, never {@code .}
 * or {@code ..}, never the manifest or a temporary file of a write. The manifest is the contract
 * between the processor and this plugin, so a manifest line is trusted, and a front-end file is
 * copied, only under the same rule.
 */
final class ProjectPaths {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-.@+~]+");
  private static final String METAFILE_SUFFIX = "-hsmeta.json";
  private static final String PROJECT_FILE = "hsproject.json";
  private static final String PROFILE_PREFIX = "hsprofile.";

  private ProjectPaths() {}

  static boolean isSafe(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || !NAME.matcher(segment).matches()
          || segment.endsWith(AtomicFiles.TEMPORARY_SUFFIX)) {
        return false;
      }
    }
    return !path.equals(Manifest.FILE_NAME);
  }

  /**
   * The files the processor generates, or checks before it copies them: {@code hsproject.json}, the
   * {@code *-hsmeta.json} files and the profiles, {@code hsprofile.<name>.json}.
   */
  static boolean isGenerated(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.equals(PROJECT_FILE)
        || name.endsWith(METAFILE_SUFFIX)
        || (name.startsWith(PROFILE_PREFIX) && name.endsWith(".json"));
  }
}
