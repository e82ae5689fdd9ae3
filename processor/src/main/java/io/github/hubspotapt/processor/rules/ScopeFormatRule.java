package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.vocabulary.OAuthScopes;

/** Every HubSpot scope name is lower-case letters, digits, {@code .}, {@code _} and {@code -}. */
final class ScopeFormatRule implements Rule {

  private final KnownScopes known;

  ScopeFormatRule(KnownScopes known) {
    this.known = known;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Scopes entry : Scopes.all(project)) {
      String scope = entry.scope().value();
      if (!OAuthScopes.isWellFormed(scope)) {
        diagnostics.report(
            RuleId.SCOPE_FORMAT,
            entry.scope().origin(),
            "scope "
                + Quote.of(scope)
                + " in "
                + entry.list()
                + " is not a scope name: scope names use only"
                + " lower-case letters, digits, '.', '_' and '-'"
                + Suggestions.didYouMean(scope, known.names()));
      }
    }
  }
}
