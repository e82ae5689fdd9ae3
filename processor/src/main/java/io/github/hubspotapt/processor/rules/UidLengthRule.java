package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/** HubSpot's parser: a uid is at least one and at most 64 characters. */
final class UidLengthRule implements Rule {

  static final int MAX = 64;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Located<String> uid : UidRules.uids(project)) {
      if (!uid.isPresent()) {
        continue;
      }
      int length = Quote.length(uid.value());
      if (length == 0) {
        diagnostics.report(
            RuleId.UID_LENGTH,
            uid.origin(),
            "uid is empty; it must be 1 to "
                + MAX
                + " characters of letters, digits, '_', '.' and '-'");
      } else if (length > MAX) {
        diagnostics.report(
            RuleId.UID_LENGTH,
            uid.origin(),
            "uid is "
                + length
                + " characters long; HubSpot allows at most "
                + MAX
                + ": "
                + Quote.of(uid.value()));
      }
    }
  }
}
