package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;

/**
 * Renders a user's value inside a diagnostic: quoted, control characters escaped, long values
 * shortened.
 */
final class Quote {

  private static final int MAX_SHOWN = 80;

  private Quote() {}

  static String of(String value) {
    StringBuilder out = new StringBuilder("\"");
    int shown = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (shown++ == MAX_SHOWN) {
        out.append("...\" (")
            .append(value.codePointCount(0, value.length()))
            .append(" characters)");
        return out.toString();
      }
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (Diagnostics.isUnprintable(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.append('"').toString();
  }

  /** Length as HubSpot's schema counts it: in Unicode code points. */
  static int length(String value) {
    return value.codePointCount(0, value.length());
  }
}
