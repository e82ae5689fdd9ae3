package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import java.util.List;

/**
 * HubSpot's CLI uploads a profile to the account of its {@code accountId}, a number it requires (SPEC 21). A
 * {@code @Profile}'s is a {@code long}; a hand-written file's may be missing or of another JSON type.
 */
final class ProfileAccountRule implements ProfileRule {

  @Override
  public void check(List<Profile> profiles, Diagnostics diagnostics) {
    for (Profile profile : profiles) {
      if (profile.malformed() != null) {
        continue; // HS-PROFILE-FILE says why
      }
      String accountId = profile.accountId().value();
      if (accountId == null) {
        ProfileRule.report(diagnostics, RuleId.PROFILE_ACCOUNT, profile, profile.accountId().origin(),
            "the profile has no accountId; HubSpot's CLI needs the number of the account it uploads to,"
                + " e.g. \"accountId\": 12345678");
      } else if (!ProfileVariable.isJsonNumber(accountId)) {
        ProfileRule.report(diagnostics, RuleId.PROFILE_ACCOUNT, profile, profile.accountId().origin(),
            "accountId " + accountId + " is not a number; HubSpot's CLI needs the number of the account it uploads"
                + " to, e.g. \"accountId\": 12345678");
      }
    }
  }
}
