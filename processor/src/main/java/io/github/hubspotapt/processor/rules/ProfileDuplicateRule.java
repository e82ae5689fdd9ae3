package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import io.github.hubspotapt.processor.write.RelativePath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A profile is one file, {@code hsprofile.<name>.json}: a name declared twice, by two
 * {@code @Profile}s or by a {@code @Profile} and a hand-written file, would write one file over the
 * other. Neither wins: the second is an error. A variable declared twice in one {@code @Profile}
 * would be written as a duplicate JSON key, of which {@code JSON.parse} silently keeps the last.
 */
final class ProfileDuplicateRule implements ProfileRule {

  @Override
  public void check(List<Profile> profiles, Diagnostics diagnostics) {
    Map<String, Profile> seen = new HashMap<>();
    // Keyed as the file systems the project goes to name files: "Local" and "local" are one file
    // on macOS and Windows.
    Map<String, Profile> files = new HashMap<>();
    for (Profile profile : profiles) {
      String name = profile.name().value();
      Profile first = name == null ? null : seen.putIfAbsent(name, profile);
      Profile sameFile =
          name == null || first != null
              ? null
              : files.putIfAbsent(RelativePath.fileKey(ProjectLayout.profileFile(name)), profile);
      if (sameFile != null) {
        ProfileRule.report(
            diagnostics,
            RuleId.PROFILE_DUPLICATE,
            profile,
            profile.name().origin(),
            "profile "
                + Quote.of(name)
                + " differs from "
                + described(sameFile)
                + " only in case or accents, so "
                + ProjectLayout.profileFile(name)
                + " and "
                + ProjectLayout.profileFile(sameFile.name().value())
                + " are one file on macOS and Windows: name the profiles apart");
      }
      if (first != null) {
        ProfileRule.report(
            diagnostics,
            RuleId.PROFILE_DUPLICATE,
            profile,
            profile.name().origin(),
            "profile "
                + Quote.of(name)
                + " is already declared by "
                + first.source()
                + "; both would be "
                + ProjectLayout.profileFile(name)
                + ": declare each profile once, in the annotations or as a file");
      }
      Set<String> variables = new HashSet<>();
      for (ProfileVariable variable :
          profile.file() == null ? profile.variables() : List.<ProfileVariable>of()) {
        String variableName = variable.name().value();
        if (variableName != null && !variables.add(variableName)) {
          diagnostics.report(
              RuleId.PROFILE_DUPLICATE,
              variable.name().origin(),
              "variable "
                  + variableName
                  + " is declared twice in profile "
                  + Quote.of(name)
                  + "; declare it once");
        }
      }
    }
  }

  /** The profile's name, and where it is declared. */
  private static String described(Profile profile) {
    return Quote.of(profile.name().value()) + " (" + profile.source() + ")";
  }
}
