package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * {@code auth.requiredScopes} must name at least one scope (every HubSpot template starts with
 * {@code oauth}).
 */
final class ScopeRequiredRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() != null && app.auth().requiredScopes().isEmpty()) {
        diagnostics.report(
            RuleId.SCOPE_REQUIRED,
            app.auth().origin(),
            "requiredScopes is empty; an app needs at least one required scope, e.g. requiredScopes = {\"oauth\","
                + " \"crm.objects.contacts.read\"}");
      }
    }
  }
}
