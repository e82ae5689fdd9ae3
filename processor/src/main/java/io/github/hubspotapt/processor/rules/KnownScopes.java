package io.github.hubspotapt.processor.rules;

import java.util.Set;

/** The OAuth scope names HubSpot documents, from {@code known-scopes.txt} beside this class. */
final class KnownScopes {

  private final Set<String> names;

  private KnownScopes(Set<String> names) {
    this.names = names;
  }

  static KnownScopes load() {
    return new KnownScopes(NameList.load("known-scopes.txt"));
  }

  boolean contains(String scope) {
    return names.contains(scope);
  }

  Set<String> names() {
    return names;
  }
}
