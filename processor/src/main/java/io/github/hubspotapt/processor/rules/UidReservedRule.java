package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/** HubSpot's parser gives the functions package the uid {@code hubspot-serverless-package-uid}; a component must not. */
final class UidReservedRule implements Rule {

  static final String RESERVED = "hubspot-serverless-package-uid";

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Located<String> uid : UidRules.uids(project)) {
      if (RESERVED.equals(uid.value())) {
        diagnostics.report(RuleId.UID_RESERVED, uid.origin(),
            "uid " + Quote.of(RESERVED) + " is reserved: HubSpot's parser uses it for the functions package");
      }
    }
  }
}
