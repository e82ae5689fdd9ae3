package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.regex.Pattern;

/**
 * HubSpot's app configuration: {@code config.name} must not start or end with whitespace. It is
 * also one line: HubSpot shows it as a title (install screen, connected apps), and refuses a line
 * break inside it like the whitespace at its ends.
 */
final class AppNameWhitespaceRule implements Rule {

  /** Unicode's mandatory line breaks: LF, VT, FF, CR, NEL, line and paragraph separator. */
  private static final Pattern LINE_BREAKS =
      Pattern.compile("[\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]+");

  /**
   * Trims as HubSpot's JavaScript does: Java's strip() misses the no-break space (U+00A0) and the
   * byte-order mark (U+FEFF), which JavaScript's trim() removes.
   */
  static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String name = app.name().value();
      if (name == null || name.isEmpty()) {
        continue;
      }
      String trimmed = trim(name);
      if (!trimmed.equals(name)) {
        diagnostics.report(
            RuleId.APP_NAME_WHITESPACE,
            app.name().origin(),
            "@HubSpotApp name must not start or end with whitespace: "
                + Quote.of(name)
                + (trimmed.isEmpty() ? "" : " (did you mean " + Quote.of(trimmed) + "?)"));
      }
      if (LINE_BREAKS.matcher(trimmed).find()) {
        diagnostics.report(
            RuleId.APP_NAME_WHITESPACE,
            app.name().origin(),
            "@HubSpotApp name must be one line, without line breaks: "
                + Quote.of(name)
                + " (did you mean "
                + Quote.of(LINE_BREAKS.matcher(trimmed).replaceAll(" "))
                + "?)");
      }
    }
  }
}
