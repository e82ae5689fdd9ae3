package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The paths of a project as HubSpot and the file systems read them; which paths may be written at
 * all is {@link ProjectLayout#isSafe}'s question.
 */
public final class RelativePath {

  private RelativePath() {}

  /**
   * The folder a relative path names below the project, read as HubSpot's parser reads {@code
   * srcDir} (Node's {@code path.resolve} against the project folder): empty and {@code .} names
   * dropped, {@code ..} going one folder up. {@code ""} is the project folder itself; null when the
   * path is empty, absolute, or leaves the project. {@code ./src}, {@code src/} and {@code
   * a/../src} all give {@code src}.
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
   * Whether this JVM can give a file the name {@code path}: on Linux and other Unixes a file name
   * is bytes in the locale's character set, and in a C or POSIX locale, which has no letter beyond
   * ASCII, javac's Filer refuses {@code café-hsmeta.json} ("bad filename", measured with JDK 17).
   */
  public static boolean isNameable(String path) {
    try {
      Path unused = Path.of(path); // only whether it throws matters
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * Why this machine cannot name {@code path} ({@link #isNameable}): its locale's character set,
   * and the first character it lacks; null where it can.
   */
  public static String unnameable(String path) {
    if (isNameable(path)) {
      return null;
    }
    String missing =
        path.codePoints()
            .mapToObj(Character::toString)
            .filter(c -> !isNameable(c))
            .findFirst()
            .orElse(path);
    return "cannot be a file name on this machine: its locale names files in "
        + System.getProperty("sun.jnu.encoding", "a character set")
        + " (a C or POSIX locale), without \""
        + missing
        + "\"; build with a UTF-8 locale, e.g. LANG=C.UTF-8, or use ASCII letters";
  }

  /**
   * The file a path names on every file system the project may be written to: names that differ
   * only in case are one file on macOS and Windows, and names that differ only in Unicode
   * normalization ({@code é} as one character or as {@code e} and an accent) one file on macOS.
   */
  public static String fileKey(String path) {
    // ASCII is its own NFC form: most paths need not load the JDK's normalization tables.
    String composed = isAscii(path) ? path : Normalizer.normalize(path, Normalizer.Form.NFC);
    return composed.toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
