package io.github.hubspotapt.processor.layout;

import java.util.regex.Pattern;

/**
 * The names of a HubSpot project folder, and the paths the processor writes into one. Paths are
 * built from user values (srcDir, component names), and a rule's severity can be lowered by the
 * user, so every writer checks them ({@link #isSafe}), and the plugin trusts a manifest line, or
 * copies a front-end file, only under the same rule.
 */
public final class ProjectLayout {

  /** The project's file, at the top of the project folder. */
  public static final String PROJECT_FILE = "hsproject.json";

  /** The end of every file name HubSpot's parser reads as a component's, the app's included. */
  public static final String METAFILE_SUFFIX = "-hsmeta.json";

  /** The start of a profile's file name, {@code hsprofile.<name>.json} directly in srcDir. */
  public static final String PROFILE_PREFIX = "hsprofile.";

  /**
   * A profile file as HubSpot's CLI finds one (project-parsing-lib 0.23.0, {@code profiles.js},
   * {@code ^hsprofile\.([^.]+)\.json$}), for a path relative to srcDir: directly in it, the name
   * (group 1) without dots.
   */
  public static final Pattern PROFILE_FILE = Pattern.compile("hsprofile\\.([^./]+)\\.json");

  /**
   * What the processor takes for a profile file directly in a folder, the name (group 1) judged by
   * the rules (HS-PROFILE-NAME): every {@code hsprofile.<name>.json}, a name with dots included.
   */
  public static final Pattern PROFILE_FILE_LIKE = Pattern.compile("hsprofile\\.([^/]*)\\.json");

  /**
   * Installed front-end dependencies, never copied: HubSpot installs them itself at build time, and
   * they would bloat every upload.
   */
  public static final String NODE_MODULES = "node_modules";

  /** The punctuation a name may have besides letters, marks and digits ({@link #isName}). */
  private static final String NAME_PUNCTUATION = "_-.@+~";

  private ProjectLayout() {}

  /** The file name of the profile {@code name}. */
  public static String profileFile(String name) {
    return PROFILE_PREFIX + name + ".json";
  }

  /**
   * Letters and digits of every script, the marks that complete letters ({@code é} written as
   * {@code e} and a combining accent, as macOS stores it), and {@code _ - . @ + ~}: what javac's
   * Filer takes as a relative name. It refuses a space, {@code %}, {@code |}, {@code "} and {@code
   * [ ]}; punctuation beyond these few, symbols (emoji) and invisible format characters are refused
   * here too. A loop over code points rather than a regular expression of Unicode categories: every
   * path a compilation writes is checked, interpreted in a build tool's new class loader.
   */
  static boolean isName(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); ) {
      int c = segment.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      boolean allowed =
          Character.isLetter(c)
              || type == Character.NON_SPACING_MARK
              || type == Character.ENCLOSING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.DECIMAL_DIGIT_NUMBER
              || NAME_PUNCTUATION.indexOf(c) >= 0;
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code /}-separated names of letters, digits and {@code _ - . @ + ~} (so {@code .DS_Store},
   * {@code logo@2x.png} and {@code café-hsmeta.json} are fine), never {@code .} or {@code ..},
   * never empty: names that stay inside the folder and that javac's Filer takes as a relative URI
   * (a space it does not), and never the manifest or a temporary file of a write. Checked name by
   * name: a regular expression with a repeated group recurses per piece and overflows the stack on
   * long user input.
   */
  public static boolean isSafe(String path) {
    if (path == null || path.isEmpty()) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || !isName(segment)
          || segment.endsWith(AtomicFile.TEMPORARY_SUFFIX)) {
        return false;
      }
    }
    return !path.equals(ProjectManifest.FILE_NAME);
  }
}
