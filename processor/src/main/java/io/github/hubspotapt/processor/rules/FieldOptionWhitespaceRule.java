package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * HubSpot's changelog "Breaking Change: Enhanced Validations for Non-String Properties in HubSpot's
 * CRM Object APIs": non-string property values, enumeration options included, "must not contain
 * leading or trailing whitespace or invisible unicode characters. Values with these characters will
 * result in a 400 Bad Request error", and existing enumeration options are backfilled to remove the
 * whitespace. An option value that starts or ends with whitespace (a no-break space included), a
 * control or an invisible format character (a zero-width space, a byte order mark) is therefore a
 * warning, on workflow-action options and app-object and app-event property options alike, with the
 * value trimmed of them as the one to write.
 */
final class FieldOptionWhitespaceRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (List<Option> options : FieldOptions.of(project)) {
      for (Option option : options) {
        String value = option.value().value();
        if (value == null || value.isEmpty()) {
          continue;
        }
        String trimmed = trim(value);
        if (trimmed.equals(value)) {
          continue;
        }
        diagnostics.report(
            RuleId.FIELD_OPTION_WHITESPACE,
            FieldOptions.at(option, option.value()),
            "option value "
                + Quote.of(value)
                + " of "
                + FieldOptions.name(option)
                + " "
                + padding(value, trimmed)
                + "; HubSpot's CRM object APIs refuse such enumeration values (400 Bad Request)"
                + (trimmed.isEmpty()
                    ? ", and nothing else is left of it: give it a value of its own"
                    : ": write " + Quote.of(trimmed)));
      }
    }
  }

  /** Whitespace (a no-break space included), a control or an invisible format character. */
  static boolean isPadding(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.isISOControl(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }

  /** {@code value} without the padding characters it starts and ends with. */
  static String trim(String value) {
    int start = 0;
    while (start < value.length() && isPadding(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    int end = value.length();
    while (end > start && isPadding(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  /** "starts with U+00A0 and ends with U+0020": the characters trimmed, named by code point. */
  private static String padding(String value, String trimmed) {
    int start = trimmed.isEmpty() ? value.length() : value.indexOf(trimmed);
    List<String> parts = new ArrayList<>();
    if (start > 0) {
      parts.add("starts with " + codePoints(value.substring(0, start)));
    }
    int end = start + trimmed.length();
    if (!trimmed.isEmpty() && end < value.length()) {
      parts.add("ends with " + codePoints(value.substring(end)));
    }
    return String.join(" and ", parts);
  }

  private static String codePoints(String text) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      names
          .append(names.length() == 0 ? "" : " ")
          .append(String.format("U+%04X", text.codePointAt(i)));
    }
    return names.toString();
  }
}
