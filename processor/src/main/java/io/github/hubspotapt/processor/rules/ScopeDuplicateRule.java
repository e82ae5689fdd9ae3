package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.HashMap;
import java.util.Map;

/** A scope belongs in one list, once: a repeat is a copy-paste slip, and a scope in two lists is ambiguous. */
final class ScopeDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      checkApp(app, diagnostics);
    }
  }

  private static void checkApp(App app, Diagnostics diagnostics) {
    Map<String, Scopes> first = new HashMap<>();
    for (Scopes entry : Scopes.of(app)) {
      Scopes earlier = first.putIfAbsent(entry.scope().value(), entry);
      if (earlier != null) {
        diagnostics.report(RuleId.SCOPE_DUPLICATE, entry.scope().origin(),
            "scope " + Quote.of(entry.scope().value()) + " in " + entry.list() + " is already listed in "
                + earlier.list() + "; list each scope once");
      }
    }
  }
}
