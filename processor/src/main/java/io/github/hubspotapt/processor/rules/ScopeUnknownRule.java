package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * A well-formed scope that HubSpot does not document is most likely a typo. It is a warning, not an error: HubSpot
 * adds scopes over time, and the list is compiled from public docs and specs.
 */
final class ScopeUnknownRule implements Rule {

  private final KnownScopes known;

  ScopeUnknownRule(KnownScopes known) {
    this.known = known;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Scopes entry : Scopes.all(project)) {
      String scope = entry.scope().value();
      if (!known.contains(scope) && scope.matches("[a-z0-9_.\\-]+")) {
        diagnostics.report(RuleId.SCOPE_UNKNOWN, entry.scope().origin(),
            "scope " + Quote.of(scope) + " in " + entry.list() + " is not a known HubSpot scope"
                + Suggestions.didYouMean(scope, known.names()));
      }
    }
  }
}
