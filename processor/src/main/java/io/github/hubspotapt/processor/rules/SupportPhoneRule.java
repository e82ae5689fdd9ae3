package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.regex.Pattern;

/**
 * {@code support.supportPhone}, when given, is an international number as in HubSpot's templates
 * ({@code +18005555555}): a {@code +}, then 7 to 15 digits, which may be grouped by spaces or hyphens.
 */
final class SupportPhoneRule implements Rule {

  private static final Pattern PHONE = Pattern.compile("\\+[0-9][0-9 \\-]*[0-9]");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      Located<String> phone = app.support().supportPhone();
      if (!phone.isPresent() || phone.value().isEmpty()) {
        continue;
      }
      String value = phone.value();
      long digits = value.chars().filter(Character::isDigit).count();
      if (!PHONE.matcher(value).matches() || digits < 7 || digits > 15) {
        String digitsOnly = value.replaceAll("[^0-9]", "");
        diagnostics.report(RuleId.SUPPORT_PHONE, phone.origin(),
            "supportPhone " + Quote.of(value) + " is not an international number: expected '+' and 7 to 15 digits,"
                + " e.g. \"+18005555555\""
                + (digitsOnly.length() >= 7 && digitsOnly.length() <= 15 && !value.startsWith("+")
                    ? " (did you mean \"+" + digitsOnly + "\"?)" : ""));
      }
    }
  }
}
