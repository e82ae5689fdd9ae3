package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * HubSpot's parser (project-parsing-lib 0.23.0, {@code generateServerlessPackageComponent}) adds a
 * component with the uid {@code hubspot-serverless-package-uid} to every project with app
 * functions. A component of such a project with that uid is a duplicate uid, which the parser
 * refuses ("Duplicate uid 'hubspot-serverless-package-uid' found in: ..."): an error. Without
 * functions the project is accepted, but adding a function later would break it: a warning.
 */
final class UidReservedRule implements Rule {

  static final String RESERVED = "hubspot-serverless-package-uid";

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    boolean functions = !project.features(AppFunction.class).isEmpty();
    for (Located<String> uid : UidRules.uids(project)) {
      if (!RESERVED.equals(uid.value())) {
        continue;
      }
      if (functions) {
        diagnostics.report(
            RuleId.UID_DUPLICATE,
            uid.origin(),
            "uid "
                + Quote.of(RESERVED)
                + " is the uid HubSpot's parser gives the functions package it creates for"
                + " the app's @AppFunction components, so HubSpot rejects it as a duplicate uid (\"Duplicate uid '"
                + RESERVED
                + "'\"); choose another uid");
      } else {
        diagnostics.report(
            RuleId.UID_RESERVED,
            uid.origin(),
            "uid "
                + Quote.of(RESERVED)
                + " is reserved: HubSpot's parser uses it for the functions package, so the"
                + " project is rejected as soon as it has an @AppFunction; choose another uid");
      }
    }
  }
}
