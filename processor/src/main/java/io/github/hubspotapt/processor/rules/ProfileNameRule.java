package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Profile;
import java.util.List;

/**
 * HubSpot's CLI lists the profiles of a project by the pattern {@code ^hsprofile\.([^.]+)\.json$}
 * (project-parsing-lib 0.23.0, {@code profiles.js}): a name with a dot is no profile it finds, an
 * empty one neither. A slash or backslash would put the file outside the source folder, where the
 * CLI does not look.
 */
final class ProfileNameRule implements ProfileRule {

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
