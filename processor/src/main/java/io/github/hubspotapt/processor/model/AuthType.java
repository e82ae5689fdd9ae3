package io.github.hubspotapt.processor.model;

import java.util.Set;

/** {@code config.auth.type}, mirroring {@code io.github.hubspotapt.AuthType} by constant name. */
public enum AuthType {
  OAUTH("oauth"),
  STATIC("static");

  private final String json;

  AuthType(String json) {
    this.json = json;
  }

  /** The value HubSpot expects in the file. */
  public String json() {
    return json;
  }

  /** Every constant: what a component type allows when it restricts nothing. */
  public static Set<AuthType> all() {
    return Set.of(values());
  }
}
