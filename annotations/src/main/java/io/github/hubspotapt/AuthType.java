package io.github.hubspotapt;

/**
 * How the app authenticates: {@link Auth#type()}, written as {@code config.auth.type} of {@code
 * app-hsmeta.json}.
 */
public enum AuthType {
  /**
   * OAuth 2 install flow with redirect URLs ({@link Auth#redirectUrls()}). Written as {@code
   * oauth}; the only type a {@link Distribution#MARKETPLACE} app may use, and also allowed for
   * private apps.
   */
  OAUTH,
  /**
   * A static access token; private apps only. Written as {@code static}. {@link Scim} needs it, and
   * so do {@link AppFunction}s from platform 2026.03-beta on.
   */
  STATIC
}
