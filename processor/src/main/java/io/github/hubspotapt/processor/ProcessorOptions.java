package io.github.hubspotapt.processor;

import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Severity;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code -Ahubspot.*} options, parsed and checked once per compilation. A bad value is a
 * problem to report, never a silent fallback: a typo in a severity or a relative project folder
 * would otherwise go unnoticed.
 */
record ProcessorOptions(
    Path projectDir,
    Path frontendDir,
    boolean verbose,
    boolean oauthHelper,
    int filerLimit,
    Map<RuleId, Severity> severities,
    List<String> problems) {

  static final String PREFIX = "hubspot.";
  static final String PROJECT_DIR = PREFIX + "projectDir";
  static final String FRONTEND_DIR = PREFIX + "frontendDir";
  static final String VERBOSE = PREFIX + "verbose";
  static final String OAUTH_HELPER = PREFIX + "oauthHelper";
  static final String FILER_LIMIT = PREFIX + "filerLimit";

  /** The options besides the severity options. */
  private static final List<String> BASE =
      List.of(PROJECT_DIR, FRONTEND_DIR, VERBOSE, OAUTH_HELPER, FILER_LIMIT);

  /**
   * Without {@code -Ahubspot.filerLimit}: the Filer's limit follows from its cost ({@code
   * write.FilerWriter}), which grows with the number of files written before and of source files.
   */
  static final int AUTOMATIC_FILER_LIMIT = -1;

  static final String SEVERITY = PREFIX + "severity.";

  /** Every option the processor reads, declared so that javac does not warn about them. */
  static Set<String> supported() {
    Set<String> names = new LinkedHashSet<>(BASE);
    for (RuleId rule : RuleId.values()) {
      names.add(severityOption(rule));
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * The options to declare to a compilation given {@code given}: javac only compares the options
   * given with those declared, so the severity options (one per rule) are named only where one is
   * given; a compilation without them needs no rule table.
   */
  static Set<String> supported(Set<String> given) {
    for (String option : given) {
      if (option.startsWith(SEVERITY)) {
        return supported();
      }
    }
    return Set.copyOf(BASE);
  }

  /**
   * {@code hubspot.severity.HS_APP_NAME_LENGTH} for rule {@code HS-APP-NAME-LENGTH}: javac only
   * accepts option keys made of dot-separated Java identifiers, so the id's hyphens become
   * underscores.
   */
  static String severityOption(RuleId rule) {
    return SEVERITY + rule.id().replace('-', '_');
  }

  static ProcessorOptions parse(Map<String, String> options) {
    List<String> problems = new ArrayList<>();
    // Not an EnumMap, which would build the rule table in every compilation.
    Map<RuleId, Severity> severities = new HashMap<>();
    Path projectDir = null;
    Path frontendDir = null;
    boolean verbose = false;
    boolean oauthHelper = true;
    int filerLimit = AUTOMATIC_FILER_LIMIT;
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      String key = option.getKey();
      String value = option.getValue();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      boolean base = BASE.contains(key);
      RuleId rule = base ? null : rule(key);
      if (!base && rule == null) {
        problems.add("unknown processor option -A" + key + nearest(key, supported()));
      } else if (key.equals(PROJECT_DIR)) {
        projectDir =
            absolutePath(key, value, "the folder to write the HubSpot project to", problems);
      } else if (key.equals(FRONTEND_DIR)) {
        frontendDir = existingFolder(key, value, problems);
      } else if (key.equals(VERBOSE)) {
        verbose = bool(key, value, problems);
      } else if (key.equals(OAUTH_HELPER)) {
        oauthHelper = bool(key, value, problems);
      } else if (key.equals(FILER_LIMIT)) {
        filerLimit = count(key, value, filerLimit, problems);
      } else {
        Severity severity = severity(key, value, problems);
        if (severity != null) {
          severities.put(rule, severity);
        }
      }
    }
    if (options.containsKey(FRONTEND_DIR) && frontendDir == null) {
      // The unusable value is reported above; HS-FRONTEND-NOT-CONFIGURED would add "set
      // -Ahubspot.frontendDir",
      // which the user just did.
      severities.put(RuleId.FRONTEND_NOT_CONFIGURED, Severity.NONE);
    }
    return new ProcessorOptions(
        projectDir,
        frontendDir,
        verbose,
        oauthHelper,
        filerLimit,
        severities,
        List.copyOf(problems));
  }

  private static Path absolutePath(String key, String value, String what, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add("-A" + key + " needs a value: the absolute path of " + what);
      return null;
    }
    try {
      Path path = Path.of(value);
      if (!path.isAbsolute()) {
        // Resolving against the working directory would depend on where the build happens to run.
        problems.add(
            "-A"
                + key
                + " must be an absolute path, found \""
                + value
                + "\"; in Maven write ${project.basedir}/..., in Gradle \"$projectDir/...\"");
        return null;
      }
      return path.normalize();
    } catch (InvalidPathException e) {
      problems.add("-A" + key + " is not a valid path: \"" + value + "\"");
      return null;
    }
  }

  private static Path existingFolder(String key, String value, List<String> problems) {
    Path path =
        absolutePath(
            key,
            value,
            "the folder that holds the front-end files (app/cards/..., app/functions/...)",
            problems);
    if (path != null && !Files.isDirectory(path)) {
      problems.add("-A" + key + " is not a folder: \"" + value + "\"");
      return null;
    }
    return path;
  }

  private static boolean bool(String key, String value, List<String> problems) {
    if (value == null || value.equalsIgnoreCase("true")) {
      return true;
    }
    if (!value.equalsIgnoreCase("false")) {
      problems.add(
          "processor option -A" + key + " may only have the values true or false, found: " + value);
    }
    return false;
  }

  private static int count(String key, String value, int defaultValue, List<String> problems) {
    try {
      int count = Integer.parseInt(value == null ? "" : value.strip());
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        "processor option -A"
            + key
            + " must be a whole number of files, 0 or more, found: "
            + value);
    return defaultValue;
  }

  private static Severity severity(String key, String value, List<String> problems) {
    if (value != null) {
      for (Severity severity : Severity.values()) {
        if (severity.name().equalsIgnoreCase(value)) {
          return severity;
        }
      }
    }
    problems.add(
        "processor option -A"
            + key
            + " may only have the values ERROR, WARNING, NOTE or NONE, found: "
            + value);
    return null;
  }

  /** The rule of a severity option; null for another option. */
  private static RuleId rule(String key) {
    if (!key.startsWith(SEVERITY)) {
      return null;
    }
    for (RuleId rule : RuleId.values()) {
      if (severityOption(rule).equals(key)) {
        return rule;
      }
    }
    return null;
  }

  private static String nearest(String key, Set<String> supported) {
    String best = Suggestions.nearest(key, supported);
    return best == null ? "" : " (did you mean -A" + best + "?)";
  }
}
