package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.vocabulary.OAuthScopes;
import io.github.hubspotapt.processor.vocabulary.Vocabulary;

/**
 * A well-formed scope that HubSpot does not document. Within two edits of a known scope and with a
 * word no known scope uses, it is a typo (HS-SCOPE-TYPO, an error, with the scope it misspells):
 * HubSpot refuses scopes it does not know, and the build must not send one. Any other unknown name
 * is a warning (HS-SCOPE-UNKNOWN): HubSpot adds scopes over time, and the list is compiled from
 * public docs and specs, so it may be a real scope the list lacks. A scope on an app object ({@code
 * crm.app.objects.car.read}) is known when it names one of the project's app objects and an action
 * such scopes have ({@link AppObjectScopes}); otherwise it is a warning naming the app objects the
 * project declares.
 */
final class ScopeUnknownRule implements Rule {

  private final KnownScopes known;

  ScopeUnknownRule(KnownScopes known) {
    this.known = known;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    AppObjectScopes appObjects = AppObjectScopes.of(project);
    for (Scopes entry : Scopes.all(project)) {
      String scope = entry.scope().value();
      if (known.contains(scope) || !OAuthScopes.isWellFormed(scope)) {
        continue;
      }
      if (AppObjectScopes.isAppObjectScope(scope)) {
        String problem = appObjects.problem(scope);
        if (problem != null) {
          diagnostics.report(
              RuleId.SCOPE_UNKNOWN,
              entry.scope().origin(),
              "scope " + Quote.of(scope) + " in " + entry.list() + " " + problem);
        }
        continue;
      }
      String typoOf = known.typoOf(scope);
      if (typoOf != null) {
        diagnostics.report(
            RuleId.SCOPE_TYPO,
            entry.scope().origin(),
            "scope "
                + Quote.of(scope)
                + " in "
                + entry.list()
                + " is not a HubSpot scope (did you mean "
                + typoOf
                + ", "
                + Vocabulary.SCOPES.constant(typoOf)
                + "?)");
      } else {
        diagnostics.report(
            RuleId.SCOPE_UNKNOWN,
            entry.scope().origin(),
            "scope "
                + Quote.of(scope)
                + " in "
                + entry.list()
                + " is not a known HubSpot scope"
                + Suggestions.didYouMean(scope, known.names(), Vocabulary.SCOPES::constant)
                + "; HubSpot rejects the upload if it does not know it either (the known scopes are from HubSpot's"
                + " docs and API specs, and HubSpot adds scopes); to make this an error, compile with"
                + " -Ahubspot.severity.HS_SCOPE_UNKNOWN=ERROR");
      }
    }
  }
}
