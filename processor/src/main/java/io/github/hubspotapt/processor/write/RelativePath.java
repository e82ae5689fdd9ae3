package io.github.hubspotapt.processor.write;

import java.util.regex.Pattern;

/**
 * Guards every path the processor writes. Paths are built from user values (srcDir, component names), and a rule's
 * severity can be lowered by the user, so the writers check again: only {@code /}-separated plain names, never
 * {@code ..}, never absolute. A path that fails here is refused, not written.
 */
final class RelativePath {

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");

  private RelativePath() {}

  static boolean isSafe(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }
}
