package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.regex.Pattern;

/**
 * {@code support.supportEmail}, when given, passes the {@code email} format HubSpot's config
 * validation uses: Ajv with ajv-formats 3.0.1 in its default "full" mode (project-parsing-lib
 * 0.23.0 calls {@code addFormats(ajv)}). That format takes an ASCII local part of dot-separated
 * atoms (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, no empty atom), one {@code @}, and a
 * domain of at least two dot-separated labels of letters, digits and '-' that neither start nor end
 * with '-'; no IP literal, no comments, no quoted local part. The same check is done here label by
 * label rather than with the format's one regular expression, so a long value costs linear time.
 */
final class SupportEmailRule implements Rule {

  private static final Pattern ATOM = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");

  static boolean isEmail(String value) {
    int at = value.indexOf('@');
    if (at < 0 || value.indexOf('@', at + 1) >= 0) {
      return false;
    }
    String[] labels = value.substring(at + 1).split("\\.", -1);
    return labels.length >= 2
        && allMatch(value.substring(0, at).split("\\.", -1), ATOM)
        && allMatch(labels, LABEL);
  }

  private static boolean allMatch(String[] parts, Pattern pattern) {
    for (String part : parts) {
      if (!pattern.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      Located<String> email = app.support().supportEmail();
      if (email.isPresent() && !email.value().isEmpty() && !isEmail(email.value())) {
        diagnostics.report(
            RuleId.SUPPORT_EMAIL,
            email.origin(),
            "supportEmail "
                + Quote.of(email.value())
                + " is not an e-mail address of the email format HubSpot"
                + " validates (ajv-formats): ASCII letters, digits and !#$%&'*+/=?^_`{|}~- in dot-separated parts"
                + " before the '@', a domain of dot-separated labels of letters, digits and '-' (not at a label's"
                + " start or end) after it; expected e.g. support@example.com");
      }
    }
  }
}
