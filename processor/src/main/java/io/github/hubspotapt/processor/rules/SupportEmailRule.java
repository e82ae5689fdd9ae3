package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.regex.Pattern;

/** {@code support.supportEmail}, when given, is an e-mail address: one {@code @}, a dotted domain, no spaces. */
final class SupportEmailRule implements Rule {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      Located<String> email = app.support().supportEmail();
      if (email.isPresent() && !email.value().isEmpty() && !EMAIL.matcher(email.value()).matches()) {
        diagnostics.report(RuleId.SUPPORT_EMAIL, email.origin(),
            "supportEmail " + Quote.of(email.value()) + " is not an e-mail address; expected e.g. support@example.com");
      }
    }
  }
}
