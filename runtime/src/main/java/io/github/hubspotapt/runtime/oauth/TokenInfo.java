package io.github.hubspotapt.runtime.oauth;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What HubSpot's introspection says about a token ({@code POST /oauth/2026-03/token/introspect}).
 * An inactive token (expired, revoked, unknown) has {@code active} false and usually nothing else.
 * The token itself is not kept, so {@link #toString()} shows none.
 *
 * @param active whether the token is valid now
 * @param tokenUse {@code access_token} or {@code refresh_token}, or null
 * @param hubId the account, or null
 * @param userId the user, or null
 * @param appId the app, or null
 * @param clientId the app's client id, or null
 * @param scopes the granted scopes; empty when not listed
 * @param expiresIn the time left for an access token, or null
 * @param user the user's email address, or null
 * @param hubDomain the account's domain, or null
 */
public record TokenInfo(
    boolean active,
    String tokenUse,
    Long hubId,
    Long userId,
    Long appId,
    String clientId,
    List<String> scopes,
    Duration expiresIn,
    String user,
    String hubDomain) {

  /**
   * An introspection result.
   *
   * @param active whether the token is valid now
   * @param tokenUse the token's kind, or null
   * @param hubId the account, or null
   * @param userId the user, or null
   * @param appId the app, or null
   * @param clientId the client id, or null
   * @param scopes the scopes
   * @param expiresIn the time left, or null
   * @param user the user's email, or null
   * @param hubDomain the account's domain, or null
   */
  public TokenInfo {
    scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes"));
  }
}
