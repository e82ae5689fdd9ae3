package io.github.hubspotapt.processor.write;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guards every path the processor writes. Paths are built from user values (srcDir, component
 * names), and a rule's severity can be lowered by the user, so the writers check again: only {@code
 * /}-separated plain names, never {@code ..}, never absolute. A path that fails here is refused,
 * not written.
 */
public final class RelativePath {

  /**
   * Letters and digits of every script, the marks that complete letters ({@code é} written as
   * {@code e} and a combining accent, as macOS stores it), and {@code _ - . @ + ~}: what javac's
   * Filer takes as a relative name. It refuses a space, {@code %}, {@code |}, {@code "} and {@code
   * [ ]}; punctuation beyond these few, symbols (emoji) and invisible format characters are refused
   * here too.
   */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_\\-.@+~]+");

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
   * {@code /}-separated names of letters, digits and {@code _ - . @ + ~} (so {@code .DS_Store},
   * {@code logo@2x.png} and {@code café-hsmeta.json} are fine), never {@code .} or {@code ..},
   * never empty: names that stay inside the folder and that javac's Filer takes as a relative URI
   * (a space it does not), and never the writer's own manifest or temporary files. Checked name by
   * name: a regular expression with a repeated group recurses per piece and overflows the stack on
   * long user input. Whether this machine can name such a file is {@link #isNameable}'s question.
   */
  public static boolean isSafe(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || !NAME.matcher(segment).matches()
          || segment.endsWith(ProjectDirectoryWriter.TEMPORARY_SUFFIX)) {
        return false;
      }
    }
    return !path.equals(ProjectDirectoryWriter.MANIFEST);
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
   * The file a path names on every file system the project may be written to: names that differ
   * only in case are one file on macOS and Windows, and names that differ only in Unicode
   * normalization ({@code é} as one character or as {@code e} and an accent) one file on macOS.
   */
  public static String fileKey(String path) {
    return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
