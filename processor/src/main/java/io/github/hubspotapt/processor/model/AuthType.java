package io.github.hubspotapt.processor.model;

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
}
