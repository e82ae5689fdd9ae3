package io.github.hubspotapt.maven.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What HubSpot's parser said about one project folder: accepted (its platform version, the
 * component types it found, the {@code *-hsmeta.json} files it skipped, the profiles it translated
 * the project with), or rejected with HubSpot's own message ({@code srcDir}: the project's source
 * folder when hsproject.json could be read, else null).
 */
public record ParserVerdict(
    boolean accepted,
    String platformVersion,
    List<String> componentTypes,
    List<String> skippedFiles,
    List<String> profiles,
    String srcDir,
    String message) {

  /** What the parser cannot check offline, said with every acceptance. */
  public static final String NOT_CHECKED_OFFLINE =
      "config fields are checked by HubSpot's servers at upload, and by hubspot-apt's compile-time rules";

  /** Reads the verdict file that run.mjs writes (its format is described there). */
  static ParserVerdict parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines[0].equals("rejected") || lines[0].startsWith("rejected ")) {
      String srcDir = lines[0].equals("rejected") ? null : lines[0].substring("rejected ".length());
      String message = text.substring(text.indexOf('\n') + 1).strip();
      return new ParserVerdict(false, null, List.of(), List.of(), List.of(), srcDir, message);
    }
    if (!lines[0].startsWith("accepted ")) {
      throw new IllegalArgumentException("not a verdict of run.mjs: " + lines[0]);
    }
    List<String> types = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].startsWith("component ")) {
        types.add(lines[i].substring("component ".length()));
      } else if (lines[i].startsWith("skipped ")) {
        skipped.add(lines[i].substring("skipped ".length()));
      } else if (lines[i].startsWith("profile ")) {
        profiles.add(lines[i].substring("profile ".length()));
      }
    }
    return new ParserVerdict(
        true,
        lines[0].substring("accepted ".length()),
        List.copyOf(types),
        List.copyOf(skipped),
        List.copyOf(profiles),
        null,
        null);
  }

  /**
   * The one line said on acceptance, e.g. {@code HubSpot project parser 0.23.0 accepted
   * target/hubspot-project: 5 components (APPLICATION, CARD x2, SETTINGS, WEBHOOKS) on platform
   * 2026.03; config fields are ...}.
   *
   * @param where the project folder, as the user should read it
   * @return the line
   */
  public String acceptedLine(String where) {
    Map<String, Long> byType =
        componentTypes.stream()
            .collect(Collectors.groupingBy(type -> type, TreeMap::new, Collectors.counting()));
    String types =
        byType.entrySet().stream()
            .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue())
            .collect(Collectors.joining(", "));
    int count = componentTypes.size();
    return "HubSpot project parser "
        + ParserInstall.PARSER_VERSION
        + " accepted "
        + where
        + ": "
        + count
        + (count == 1 ? " component (" : " components (")
        + types
        + ") on platform "
        + platformVersion
        + (profiles.isEmpty()
            ? ""
            : " in "
                + (profiles.size() == 1 ? "profile " : "each of the profiles ")
                + String.join(", ", profiles))
        + "; "
        + NOT_CHECKED_OFFLINE;
  }

  /**
   * The rejection: HubSpot's message after a line that says which folder it is about, and its
   * source folder, which some of HubSpot's messages name files relative to.
   *
   * @param where the project folder, as the user should read it
   * @return the message for the build failure
   */
  public String rejectedMessage(String where) {
    return "HubSpot project parser "
        + ParserInstall.PARSER_VERSION
        + " rejected "
        + where
        + (srcDir == null ? "" : " (source folder " + where + "/" + srcDir + ")")
        + ":"
        + System.lineSeparator()
        + message;
  }

  /**
   * One warning per skipped file: HubSpot ignores a {@code *-hsmeta.json} outside a component
   * folder.
   *
   * @param where the project folder, as the user should read it
   * @return the warnings, none when no file was skipped
   */
  public List<String> skippedWarnings(String where) {
    return skippedFiles.stream()
        .map(
            file ->
                "HubSpot's project parser skipped "
                    + where
                    + "/<srcDir>/"
                    + file
                    + ": a *-hsmeta.json outside a component folder is not part of the project")
        .toList();
  }
}
