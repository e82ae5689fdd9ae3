package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import java.math.BigDecimal;
import java.util.List;

/**
 * HubSpot's CLI uploads a profile to the account of its {@code accountId}, a number it requires
 * (SPEC 21). Its {@code loadProfile} stops at a missing or zero one ({@code !profile.accountId}),
 * and then looks the account up among the accounts it is authenticated with ({@code
 * getConfigAccountById}), whose ids are HubSpot's account numbers, positive whole numbers: a
 * negative or fractional id names none. A {@code @Profile}'s is a {@code long}; a hand-written
 * file's may be missing or of another JSON type.
 */
final class ProfileAccountRule implements ProfileRule {

  @Override
  public void check(List<Profile> profiles, Diagnostics diagnostics) {
    for (Profile profile : profiles) {
      if (profile.malformed() != null) {
        continue; // HS-PROFILE-FILE says why
      }
      String problem = problem(profile.accountId().value());
      if (problem != null) {
        ProfileRule.reportIn(
            diagnostics,
            RuleId.PROFILE_ACCOUNT,
            profile,
            profile.accountId().origin(),
            problem
                + "; HubSpot's CLI needs the number of the account it uploads to, e.g. "
                + (profile.file() == null ? "accountId = 12345678" : "\"accountId\": 12345678"));
      }
    }
  }

  private static String problem(String accountId) {
    if (accountId == null) {
      return "the profile has no accountId";
    }
    if (!ProfileVariable.isJsonNumber(accountId)) {
      return "accountId " + accountId + " is not a number";
    }
    BigDecimal number = new BigDecimal(accountId);
    if (number.signum() == 0) {
      return "accountId is "
          + accountId
          + ", which HubSpot's CLI takes for no accountId at all and refuses";
    }
    if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
      String nearest =
          number.signum() < 0 && number.stripTrailingZeros().scale() <= 0
              ? " (did you mean " + number.negate().toBigInteger() + "?)"
              : "";
      return "accountId "
          + accountId
          + " is no HubSpot account, whose numbers are positive whole numbers"
          + nearest;
    }
    return null;
  }
}
