package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.write.RelativePath;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A chosen {@code fileName} is the name of a file HubSpot's parser reads: it ends in {@code
 * -hsmeta.json} (the parser skips every other file, so the component would silently be left out),
 * it is a name and not a path (the parser reads a component's file only in its type's folder), and
 * it is made of the characters the writers take ({@link ProjectLayout#isSafe}: javac's Filer
 * refuses a space in a resource name, and a name the Filer refuses must be an error here, not a
 * failed write), at most {@value #MAX_LENGTH} bytes of them. Letters and digits of every script are
 * such characters: javac's Filer writes {@code café-hsmeta.json} and HubSpot's parser reads it
 * (project-parsing-lib 0.23.0, measured), as long as the machine's locale can name the file, which
 * a C or POSIX locale cannot.
 */
final class FileNameRule implements Rule {

  /**
   * Far below the 255 bytes file systems allow, leaving room for the writer's temporary-file
   * affixes; counted in UTF-8 with accents apart, as macOS writes them ({@code é} is three bytes
   * there).
   */
  static final int MAX_LENGTH = 200;

  private static final String SUFFIX = ProjectLayout.METAFILE_SUFFIX;
  private static final String JSON = ".json";

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (ChosenFileName chosen : ChosenFileName.all(project)) {
      String problem = problem(chosen.name().value(), chosen.folder());
      if (problem != null) {
        diagnostics.report(
            RuleId.FILE_NAME,
            chosen.name().origin(),
            "fileName "
                + Quote.of(chosen.name().value())
                + " of "
                + chosen.declaredBy()
                + " "
                + problem);
      }
    }
  }

  private static String problem(String name, String folder) {
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
      return "is a path; it names a file in src/"
          + folder
          + "/, the only folder HubSpot's parser reads it from,"
          + " so give the name alone"
          + (last.isEmpty() ? "" : " (did you mean " + last + "?)");
    }
    if (!name.endsWith(SUFFIX)) {
      return "does not end in "
          + SUFFIX
          + ", so HubSpot's parser would not read the file (did you mean "
          + suggestion(name)
          + "?)";
    }
    if (!ProjectLayout.isSafe(name)) {
      return "is not a name the compiler can write: a file name uses only letters and digits (of any script) and"
          + " _ - . @ + ~, and "
          + Quote.of(firstOther(name))
          + " is none of them";
    }
    String unnameable = RelativePath.unnameable(name);
    if (unnameable != null) {
      return unnameable;
    }
    int bytes =
        Normalizer.normalize(name, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_LENGTH) {
      return "is too long: a file name has at most "
          + MAX_LENGTH
          + " bytes in UTF-8, an accented letter two or"
          + " three, and this one has "
          + bytes;
    }
    return null;
  }

  /**
   * The first character of a name that is no letter, digit or {@code _ - . @ + ~}, or its empty
   * segment.
   */
  private static String firstOther(String name) {
    return name.codePoints()
        .mapToObj(Character::toString)
        .filter(c -> !ProjectLayout.isSafe(c + SUFFIX))
        .findFirst()
        .orElse(name);
  }

  /**
   * The name with {@code -hsmeta.json} in place of whatever suffix it has: {@code card.json} gives
   * {@code card-hsmeta.json}.
   */
  private static String suggestion(String name) {
    String base = name;
    String lower = base.toLowerCase(Locale.ROOT);
    if (lower.endsWith(SUFFIX)) {
      base = base.substring(0, base.length() - SUFFIX.length());
    } else if (lower.endsWith(JSON)) {
      base = base.substring(0, base.length() - JSON.length());
    }
    return (base.isEmpty() ? "component" : base) + SUFFIX;
  }
}
