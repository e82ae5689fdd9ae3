package io.github.hubspotapt;

/** How the app authenticates ({@code config.auth.type}). */
public enum AuthType {
  /** OAuth 2 install flow with redirect URLs. Written as {@code oauth}. */
  OAUTH,
  /** A static access token; private apps only. Written as {@code static}. */
  STATIC
}
