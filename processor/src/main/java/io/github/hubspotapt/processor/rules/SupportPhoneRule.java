package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * {@code support.supportPhone}, when given. HubSpot's docs give it no format; its templates write
 * the international number {@code +18005555555}. The rule takes that number in the forms people
 * write it: a {@code +}, then 7 to 15 digits, grouped by single spaces, hyphens or dots, with at
 * most one group in parentheses at a time ({@code +1 (800) 555-5555}, {@code +44 (0)20 7946 0958},
 * {@code +1.800.555.5555}).
 */
final class SupportPhoneRule implements Rule {

  private static final String SEPARATORS = " -.";

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      Located<String> phone = app.support().supportPhone();
      if (!phone.isPresent() || phone.value().isEmpty() || isInternational(phone.value())) {
        continue;
      }
      String value = phone.value();
      String digitsOnly = value.replaceAll("[^0-9]", "");
      diagnostics.report(
          RuleId.SUPPORT_PHONE,
          phone.origin(),
          "supportPhone "
              + Quote.of(value)
              + " is not an international number: expected '+' and 7 to 15 digits,"
              + " grouped by spaces, '-', '.' or parentheses, e.g. \"+18005555555\" or \"+1 (800) 555-5555\""
              + (digitsOnly.length() >= 7 && digitsOnly.length() <= 15 && !value.startsWith("+")
                  ? " (did you mean \"+" + digitsOnly + "\"?)"
                  : ""));
    }
  }

  /**
   * Read character by character: a pattern with repeated groups recurses per group and fails on
   * long input.
   */
  static boolean isInternational(String value) {
    if (value.length() < 2 || value.charAt(0) != '+') {
      return false;
    }
    int digits = 0;
    boolean inParentheses = false;
    char previous = '+';
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '(') {
        if (inParentheses) {
          return false;
        }
        inParentheses = true;
      } else if (c == ')') {
        if (!inParentheses || previous == '(') {
          return false;
        }
        inParentheses = false;
      } else if (SEPARATORS.indexOf(c) < 0
          || inParentheses
          || previous == '+'
          || SEPARATORS.indexOf(previous) >= 0
          || previous == '(') {
        return false;
      }
      previous = c;
    }
    return !inParentheses && previous >= '0' && previous <= '9' && digits >= 7 && digits <= 15;
  }
}
