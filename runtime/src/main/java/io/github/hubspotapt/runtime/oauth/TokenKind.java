package io.github.hubspotapt.runtime.oauth;

/** Which kind of token an introspect or revoke call is about: its {@code token_type_hint}. */
public enum TokenKind {
  /** A 30-minute access token. */
  ACCESS_TOKEN("access_token"),
  /** A long-lived refresh token. */
  REFRESH_TOKEN("refresh_token");

  private final String hint;

  TokenKind(String hint) {
    this.hint = hint;
  }

  /** The form value HubSpot reads. */
  public String hint() {
    return hint;
  }
}
