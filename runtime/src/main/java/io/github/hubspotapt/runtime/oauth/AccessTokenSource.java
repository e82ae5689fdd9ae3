package io.github.hubspotapt.runtime.oauth;

/**
 * Where calls to HubSpot on behalf of an account get its access token: {@link AccessTokens}, which
 * refreshes it, or an application's own source (a private app's static token, a test's fixed one).
 */
@FunctionalInterface
public interface AccessTokenSource {

  /**
   * A valid access token for an account.
   *
   * @param hubId the account (portal, hub) id
   * @return the access token, to send as {@code Authorization: Bearer}
   * @throws InstallRequiredException when the account has no usable tokens and must install the app
   *     again
   */
  String accessToken(long hubId);
}
