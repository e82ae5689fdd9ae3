package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.regex.Pattern;

/** HubSpot's parser: a uid uses only {@code [a-zA-Z0-9_.-]}. */
final class UidCharactersRule implements Rule {

  private static final Pattern ALLOWED = Pattern.compile("[a-zA-Z0-9_.\\-]*");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Located<String> uid : UidRules.uids(project)) {
      if (uid.isPresent() && !ALLOWED.matcher(uid.value()).matches()) {
        // HubSpot's own coercion (coerceToValidUid): drop the characters it does not allow, keep at
        // most 64.
        String stripped = uid.value().replaceAll("[^a-zA-Z0-9_.\\-]", "");
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
}
