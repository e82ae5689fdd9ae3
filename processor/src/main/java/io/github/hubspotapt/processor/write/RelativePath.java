package io.github.hubspotapt.processor.write;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Guards every path the processor writes. Paths are built from user values (srcDir, component names), and a rule's
 * severity can be lowered by the user, so the writers check again: only {@code /}-separated plain names, never
 * {@code ..}, never absolute. A path that fails here is refused, not written.
 */
public final class RelativePath {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-.@+~]+");

  private RelativePath() {}

  /**
   * The folder a relative path names below the project, read as HubSpot's parser reads {@code srcDir} (Node's
   * {@code path.resolve} against the project folder): empty and {@code .} names dropped, {@code ..} going one folder
   * up. {@code ""} is the project folder itself; null when the path is empty, absolute, or leaves the project.
   * {@code ./src}, {@code src/} and {@code a/../src} all give {@code src}.
   */
  public static String normalize(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/")) {
      return null;
    }
    Deque<String> names = new ArrayDeque<>();
    for (String name : path.split("/", -1)) {
      if (name.equals("..")) {
        if (names.isEmpty()) {
          return null;
        }
        names.removeLast();
      } else if (!name.isEmpty() && !name.equals(".")) {
        names.addLast(name);
      }
    }
    return String.join("/", names);
  }

  /**
   * {@code /}-separated names of letters, digits and {@code _ - . @ + ~} (so {@code .DS_Store} and
   * {@code logo@2x.png} are fine), never {@code .} or {@code ..}, never empty: names that stay inside the folder and
   * that javac's Filer takes as a relative URI (a space it does not), and never the writer's own manifest or
   * temporary files. Checked name by name: a regular expression with
   * a repeated group recurses per piece and overflows the stack on long user input.
   */
  public static boolean isSafe(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !NAME.matcher(segment).matches()
          || segment.endsWith(ProjectDirectoryWriter.TEMPORARY_SUFFIX)) {
        return false;
      }
    }
    return !path.equals(ProjectDirectoryWriter.MANIFEST);
  }
}
