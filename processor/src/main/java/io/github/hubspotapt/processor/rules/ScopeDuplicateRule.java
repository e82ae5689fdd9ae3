package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope belongs in one list, once. A repeat within one list is an error: a scope list is a set of
 * names (the install URL carries each once), so a repeat is always a slip, and the config schemas
 * rebuilt from HubSpot's docs (HubSpot's own are server-side only) refuse repeated items. A scope
 * in two of the lists is only a warning (HS-SCOPE-OTHER-LIST): it leaves unclear whether the app
 * requires it, but no HubSpot source says it is refused. A component's {@code permissions} are
 * checked the same way, on their own: a component may list a scope the app lists too.
 */
final class ScopeDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (List<Scopes> group : Scopes.groups(project)) {
      checkGroup(group, diagnostics);
    }
  }

  /** One app's scopes, or one component's permissions. */
  private static void checkGroup(List<Scopes> group, Diagnostics diagnostics) {
    Map<String, Scopes> first = new HashMap<>();
    for (Scopes entry : group) {
      Scopes earlier = first.putIfAbsent(entry.scope().value(), entry);
      if (earlier == null) {
        continue;
      }
      String scope = Quote.of(entry.scope().value());
      if (earlier.list().equals(entry.list())) {
        diagnostics.report(
            RuleId.SCOPE_DUPLICATE,
            entry.scope().origin(),
            "scope " + scope + " is listed twice in " + entry.list() + "; list each scope once");
      } else {
        diagnostics.report(
            RuleId.SCOPE_OTHER_LIST,
            entry.scope().origin(),
            "scope "
                + scope
                + " in "
                + entry.list()
                + " is already listed in "
                + earlier.list()
                + "; list each scope in one list only, or it is unclear whether the app requires it");
      }
    }
  }
}
