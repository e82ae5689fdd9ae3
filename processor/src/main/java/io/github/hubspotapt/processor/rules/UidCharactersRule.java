package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/** HubSpot's parser: a uid uses only {@code [a-zA-Z0-9_.-]}. */
final class UidCharactersRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Located<String> uid : UidRules.uids(project)) {
      if (uid.isPresent() && !allowed(uid.value())) {
        // HubSpot's own coercion (coerceToValidUid): drop the characters it does not allow, keep at
        // most 64.
        StringBuilder stripped = new StringBuilder();
        for (int i = 0; i < uid.value().length(); i++) {
          if (isAllowed(uid.value().charAt(i))) {
            stripped.append(uid.value().charAt(i));
          }
        }
        String fixed = stripped.substring(0, Math.min(stripped.length(), UidLengthRule.MAX));
        diagnostics.report(
            RuleId.UID_CHARACTERS,
            uid.origin(),
            "uid "
                + Quote.of(uid.value())
                + " may use only letters, digits, '_', '.' and '-'"
                + (fixed.isEmpty() ? "" : " (did you mean " + fixed + "?)"));
      }
    }
  }

  /**
   * Whether every character is one of {@code [a-zA-Z0-9_.-]}: a loop, not a regular expression, as
   * every uid of the project is checked in each compilation.
   */
  static boolean allowed(String uid) {
    for (int i = 0; i < uid.length(); i++) {
      if (!isAllowed(uid.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** One of {@code [a-zA-Z0-9_.-]}, the characters the check and HubSpot's coercion keep. */
  private static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }
}
