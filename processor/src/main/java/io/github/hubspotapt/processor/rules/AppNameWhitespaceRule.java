package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** HubSpot's app configuration: {@code config.name} must not start or end with whitespace. */
final class AppNameWhitespaceRule implements Rule {

  /**
   * Trims as HubSpot's JavaScript does: Java's strip() misses the no-break space (U+00A0) and the byte-order mark
   * (U+FEFF), which JavaScript's trim() removes.
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
      if (name != null && !name.isEmpty() && !trim(name).equals(name)) {
        String trimmed = trim(name);
        diagnostics.report(RuleId.APP_NAME_WHITESPACE, app.name().origin(),
            "@HubSpotApp name must not start or end with whitespace: " + Quote.of(name)
                + (trimmed.isEmpty() ? "" : " (did you mean " + Quote.of(trimmed) + "?)"));
      }
    }
  }
}
