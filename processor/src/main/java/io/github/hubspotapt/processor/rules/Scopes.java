package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Permissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scope with the list it was declared in, for the rules that look at all three lists of every app
 * and of every component's {@code permissions}.
 */
record Scopes(Located<String> scope, String list) {

  /**
   * The scopes of all three lists of every app, then of every component's permissions, in
   * declaration order.
   */
  static List<Scopes> all(HubSpotProject project) {
    List<Scopes> all = new ArrayList<>();
    groups(project).forEach(all::addAll);
    return all;
  }

  /**
   * The scope lists that each form one set of scopes: every app's three lists, then every
   * component's permissions. A scope may be in the app's lists and in a component's, but only once
   * within one group.
   */
  static List<List<Scopes>> groups(HubSpotProject project) {
    List<List<Scopes>> groups = new ArrayList<>();
    project.apps().forEach(app -> groups.add(of(app)));
    for (Feature feature : project.features()) {
      Permissions permissions = feature.file().permissions();
      if (!permissions.isEmpty()) {
        groups.add(of(permissions));
      }
    }
    return groups;
  }

  /**
   * Every scope the app requests for {@code feature}: the app's three lists and the feature's own
   * permissions, which exist so that a component can ask for what only it needs. {@code feature}
   * may be null (the app's alone).
   */
  static Set<String> requested(App app, Feature feature) {
    Set<String> scopes = new HashSet<>();
    of(app).forEach(entry -> scopes.add(entry.scope().value()));
    if (feature != null) {
      of(feature.file().permissions()).forEach(entry -> scopes.add(entry.scope().value()));
    }
    return scopes;
  }

  /** One app's scopes from all three lists, in declaration order. */
  static List<Scopes> of(App app) {
    List<Scopes> all = new ArrayList<>();
    Auth auth = app.auth();
    if (auth != null) {
      auth.requiredScopes().forEach(s -> all.add(new Scopes(s, "requiredScopes")));
      auth.optionalScopes().forEach(s -> all.add(new Scopes(s, "optionalScopes")));
      auth.conditionallyRequiredScopes()
          .forEach(s -> all.add(new Scopes(s, "conditionallyRequiredScopes")));
    }
    return all;
  }

  /** One component's permissions, from all three lists, in declaration order. */
  private static List<Scopes> of(Permissions permissions) {
    List<Scopes> all = new ArrayList<>();
    permissions.requiredScopes().forEach(s -> all.add(new Scopes(s, "permissions.requiredScopes")));
    permissions.optionalScopes().forEach(s -> all.add(new Scopes(s, "permissions.optionalScopes")));
    permissions
        .conditionallyRequiredScopes()
        .forEach(s -> all.add(new Scopes(s, "permissions.conditionallyRequiredScopes")));
    return all;
  }
}
