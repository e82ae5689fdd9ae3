package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.regex.Pattern;

/** {@code support.supportEmail}, when given, is an e-mail address: one {@code @}, a dotted domain, no spaces. */
final class SupportEmailRule implements Rule {

  private static final Pattern PART = Pattern.compile("[^@\\s.]+");
  private static final Pattern LOCAL = Pattern.compile("[^@\\s]+");

  /** Local part, '@', a domain of at least two dot-separated labels; checked piece by piece (long input). */
  private static boolean isEmail(String value) {
    String[] halves = value.split("@", -1);
    if (halves.length != 2 || !LOCAL.matcher(halves[0]).matches()) {
      return false;
    }
    String[] labels = halves[1].split("\\.", -1);
    for (String label : labels) {
      if (!PART.matcher(label).matches()) {
        return false;
      }
    }
    return labels.length >= 2;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      Located<String> email = app.support().supportEmail();
      if (email.isPresent() && !email.value().isEmpty() && !isEmail(email.value())) {
        diagnostics.report(RuleId.SUPPORT_EMAIL, email.origin(),
            "supportEmail " + Quote.of(email.value()) + " is not an e-mail address; expected e.g. support@example.com");
      }
    }
  }
}
