package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Profile;
import java.util.List;

/**
 * HubSpot's CLI reads a profile with {@code JSON.parse} and fails with "Failed to load profile"
 * when it cannot (project-parsing-lib 0.23.0, {@code files.js}); variables that are not an object
 * it silently ignores, which would leave every {@code ${...}} of the project unreplaced.
 */
final class ProfileFileRule implements ProfileRule {

  @Override
  public void check(List<Profile> profiles, Diagnostics diagnostics) {
    for (Profile profile : profiles) {
      if (profile.malformed() != null) {
        ProfileRule.report(
            diagnostics,
            RuleId.PROFILE_FILE,
            profile,
            null,
            "the profile cannot be used: "
                + profile.malformed()
                + "; HubSpot's CLI reads {\"accountId\": <number>, \"variables\": {\"<name>\":"
                + " <string, number or boolean>}}");
      }
    }
  }
}
