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
    for (List<Scopes> group : groups(project)) {
      all.addAll(group);
    }
    return all;
  }

  /**
   * The scope lists that each form one set of scopes: every app's three lists, then every
   * component's permissions. A scope may be in the app's lists and in a component's, but only once
   * within one group.
   */
  static List<List<Scopes>> groups(HubSpotProject project) {
    List<List<Scopes>> groups = new ArrayList<>();
    for (App app : project.apps()) {
      groups.add(of(app));
    }
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
    for (Scopes entry : of(app)) {
      scopes.add(entry.scope().value());
    }
    if (feature != null) {
      for (Scopes entry : of(feature.file().permissions())) {
        scopes.add(entry.scope().value());
      }
    }
    return scopes;
  }

  /** One app's scopes from all three lists, in declaration order. */
  static List<Scopes> of(App app) {
    List<Scopes> all = new ArrayList<>();
    Auth auth = app.auth();
    if (auth != null) {
      add(all, auth.requiredScopes(), "requiredScopes");
      add(all, auth.optionalScopes(), "optionalScopes");
      add(all, auth.conditionallyRequiredScopes(), "conditionallyRequiredScopes");
    }
    return all;
  }

  /** One component's permissions, from all three lists, in declaration order. */
  private static List<Scopes> of(Permissions permissions) {
    List<Scopes> all = new ArrayList<>();
    add(all, permissions.requiredScopes(), "permissions.requiredScopes");
    add(all, permissions.optionalScopes(), "permissions.optionalScopes");
    add(all, permissions.conditionallyRequiredScopes(), "permissions.conditionallyRequiredScopes");
    return all;
  }

  private static void add(List<Scopes> all, List<Located<String>> scopes, String list) {
    for (Located<String> scope : scopes) {
      all.add(new Scopes(scope, list));
    }
  }
}
