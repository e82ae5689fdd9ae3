package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import java.util.List;

/**
 * One HubSpot rule of the profiles themselves: looks at every profile and reports every place that
 * breaks it.
 */
interface ProfileRule {

  void check(List<Profile> profiles, Diagnostics diagnostics);

  /**
   * {@code message} about a profile value: at the value for a {@code @Profile}, naming the file for
   * a file's.
   */
  static void report(
      Diagnostics diagnostics, RuleId rule, Profile profile, Origin origin, String message) {
    diagnostics.report(
        rule, origin, profile.file() == null ? message : profile.file() + ": " + message);
  }

  /**
   * {@link #report} of a finding on one profile's value, naming the profile: an app class may
   * declare several {@code @Profile}s, and the value alone (an accountId, a variable's value) does
   * not say whose it is. A file's name already says so.
   */
  static void reportIn(
      Diagnostics diagnostics, RuleId rule, Profile profile, Origin origin, String message) {
    String name = profile.name().value();
    report(
        diagnostics,
        rule,
        profile,
        origin,
        profile.file() == null && name != null
            ? "in profile " + Quote.of(name) + ": " + message
            : message);
  }
}
