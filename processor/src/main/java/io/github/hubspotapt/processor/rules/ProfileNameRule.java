package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.write.RelativePath;
import java.util.List;

/**
 * HubSpot's CLI lists the profiles of a project by the pattern {@code ^hsprofile\.([^.]+)\.json$}
 * (project-parsing-lib 0.23.0, {@code profiles.js}): a name with a dot is no profile it finds, an
 * empty one neither. A slash or backslash would put the file outside the source folder, where the
 * CLI does not look.
 */
final class ProfileNameRule implements ProfileRule {

  /**
   * Why the processor cannot write the profile's file, though HubSpot's CLI would read it: javac's
   * Filer takes no space in a name, and a C or POSIX locale no letter beyond ASCII.
   */
  private static String unwritable(String fileName) {
    if (!ProjectLayout.isSafe(fileName)) {
      return "gives the file name "
          + Quote.of(fileName)
          + ", which the compiler cannot write: a file name uses only letters and digits (of any"
          + " script) and _ - . @ + ~";
    }
    String unnameable = RelativePath.unnameable(fileName);
    return unnameable == null
        ? null
        : "gives the file name " + Quote.of(fileName) + ", which " + unnameable;
  }

  @Override
  public void check(List<Profile> profiles, Diagnostics diagnostics) {
    for (Profile profile : profiles) {
      String name = profile.name().value();
      if (name == null) {
        continue;
      }
      String problem =
          name.isEmpty()
              ? "is empty"
              : name.contains(".")
                  ? "has a dot"
                  : name.contains("/") || name.contains("\\") ? "has a path separator" : null;
      if (problem == null) {
        problem = unwritable(ProjectLayout.profileFile(name));
      }
      if (problem != null) {
        ProfileRule.report(
            diagnostics,
            RuleId.PROFILE_NAME,
            profile,
            profile.name().origin(),
            "profile name "
                + Quote.of(name)
                + " "
                + problem
                + "; HubSpot's CLI finds a profile only as hsprofile.<name>.json directly"
                + " in srcDir, <name> without dots, e.g. \"local\" or \"prod\"");
      }
    }
  }
}
