package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.List;

/**
 * HubSpot's docs: static-auth apps can only use required scopes; optional and conditional ones are
 * not granted.
 */
final class StaticScopesRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      if (app.auth() == null || app.auth().type().value() != AuthType.STATIC) {
        continue;
      }
      report(app.auth().optionalScopes(), "optionalScopes", diagnostics);
      report(app.auth().conditionallyRequiredScopes(), "conditionallyRequiredScopes", diagnostics);
    }
  }

  private static void report(List<Located<String>> scopes, String list, Diagnostics diagnostics) {
    for (Located<String> scope : scopes) {
      diagnostics.report(
          RuleId.AUTH_STATIC_SCOPES,
          scope.origin(),
          "scope "
              + Quote.of(scope.value())
              + " in "
              + list
              + " is not granted to a static-auth app;"
              + " static apps can only use requiredScopes");
    }
  }
}
