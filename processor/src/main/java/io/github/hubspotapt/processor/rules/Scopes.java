package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A scope with the list it was declared in, for the rules that look at all three lists of every app. */
record Scopes(Located<String> scope, String list) {

  /** The scopes of all three lists of every app, in declaration order. */
  static List<Scopes> all(HubSpotProject project) {
    List<Scopes> all = new ArrayList<>();
    project.apps().forEach(app -> all.addAll(of(app)));
    return all;
  }

  /** Every scope the app requests, in any of the three lists. */
  static Set<String> requested(App app) {
    Set<String> scopes = new HashSet<>();
    of(app).forEach(entry -> scopes.add(entry.scope().value()));
    return scopes;
  }

  /** One app's scopes from all three lists, in declaration order. */
  static List<Scopes> of(App app) {
    List<Scopes> all = new ArrayList<>();
    Auth auth = app.auth();
    if (auth != null) {
      auth.requiredScopes().forEach(s -> all.add(new Scopes(s, "requiredScopes")));
      auth.optionalScopes().forEach(s -> all.add(new Scopes(s, "optionalScopes")));
      auth.conditionallyRequiredScopes().forEach(s -> all.add(new Scopes(s, "conditionallyRequiredScopes")));
    }
    return all;
  }
}
