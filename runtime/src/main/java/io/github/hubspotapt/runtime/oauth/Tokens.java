package io.github.hubspotapt.runtime.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An account's OAuth tokens, as HubSpot's token endpoint answers them: the access token (30
 * minutes), the refresh token (absent for {@code client_credentials}), when the access token
 * expires, the account ({@code hub_id}), the installing user and the granted scopes. Immutable.
 * {@link #toString()} never shows a token; a {@link TokenStore} rebuilds stored tokens with {@link
 * #builder(String, Instant)}.
 */
public final class Tokens {

  private final String accessToken;
  private final String refreshToken;
  private final Instant expiresAt;
  private final String tokenType;
  private final Long hubId;
  private final Long userId;
  private final List<String> scopes;
  private final String idToken;

  private Tokens(Builder builder) {
    this.accessToken = requireToken(builder.accessToken, "access token");
    this.refreshToken =
        builder.refreshToken == null ? null : requireToken(builder.refreshToken, "refresh token");
    this.expiresAt = Objects.requireNonNull(builder.expiresAt, "expiresAt");
    this.tokenType = builder.tokenType;
    this.hubId = builder.hubId;
    this.userId = builder.userId;
    this.scopes = List.copyOf(builder.scopes);
    this.idToken = builder.idToken;
  }

  /**
   * Tokens to build, from an access token and its expiry.
   *
   * @param accessToken the access token: visible ASCII, as a bearer token
   * @param expiresAt when it expires
   * @return a builder
   */
  public static Builder builder(String accessToken, Instant expiresAt) {
    return new Builder(accessToken, expiresAt);
  }

  /** The access token, for {@code Authorization: Bearer}. */
  public String accessToken() {
    return accessToken;
  }

  /** The refresh token; absent for {@code client_credentials} tokens. */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** When the access token expires. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** HubSpot's {@code token_type} ({@code bearer}). */
  public String tokenType() {
    return tokenType;
  }

  /** The account the tokens are for, when HubSpot said. */
  public OptionalLong hubId() {
    return hubId == null ? OptionalLong.empty() : OptionalLong.of(hubId);
  }

  /** The user who installed the app, when HubSpot said. */
  public OptionalLong userId() {
    return userId == null ? OptionalLong.empty() : OptionalLong.of(userId);
  }

  /** The granted scopes; empty when HubSpot did not list them. */
  public List<String> scopes() {
    return scopes;
  }

  /** The OpenID Connect ID token, when the {@code openid} scope was asked for. */
  public Optional<String> idToken() {
    return Optional.ofNullable(idToken);
  }

  /**
   * Whether the access token expires within a margin: time to refresh.
   *
   * @param margin how long before expiry a token counts as expiring
   * @param now the time now
   * @return whether {@code now + margin} is at or after the expiry
   */
  public boolean expiresWithin(Duration margin, Instant now) {
    return !now.plus(margin).isBefore(expiresAt);
  }

  /** A builder with these tokens' values, to change one. */
  public Builder toBuilder() {
    return new Builder(accessToken, expiresAt)
        .refreshToken(refreshToken)
        .tokenType(tokenType)
        .hubId(hubId)
        .userId(userId)
        .scopes(scopes)
        .idToken(idToken);
  }

  /** The account, user, scopes and expiry; the tokens only as their length. */
  @Override
  public String toString() {
    return "Tokens[hubId="
        + hubId
        + ", userId="
        + userId
        + ", scopes="
        + scopes
        + ", expiresAt="
        + expiresAt
        + ", tokenType="
        + tokenType
        + ", accessToken=("
        + accessToken.length()
        + " chars), refreshToken="
        + (refreshToken == null ? "none" : "(" + refreshToken.length() + " chars)")
        + "]";
  }

  /**
   * A token is visible ASCII (RFC 6750's characters, and what an HTTP header or a form can carry).
   */
  private static String requireToken(String token, String what) {
    if (token == null || token.isEmpty() || !token.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException(what + ": empty, or characters other than visible ASCII");
    }
    return token;
  }

  /** Builds {@link Tokens}. */
  public static final class Builder {

    private final String accessToken;
    private final Instant expiresAt;
    private String refreshToken;
    private String tokenType = "bearer";
    private Long hubId;
    private Long userId;
    private List<String> scopes = List.of();
    private String idToken;

    private Builder(String accessToken, Instant expiresAt) {
      this.accessToken = accessToken;
      this.expiresAt = expiresAt;
    }

    /**
     * The refresh token.
     *
     * @param refreshToken the token, or null for none
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * The token type.
     *
     * @param tokenType HubSpot's {@code token_type}; {@code bearer} by default
     * @return this builder
     */
    public Builder tokenType(String tokenType) {
      this.tokenType = Objects.requireNonNull(tokenType, "tokenType");
      return this;
    }

    /**
     * The account.
     *
     * @param hubId the account id, or null when unknown
     * @return this builder
     */
    public Builder hubId(Long hubId) {
      this.hubId = hubId;
      return this;
    }

    /**
     * The installing user.
     *
     * @param userId the user id, or null when unknown
     * @return this builder
     */
    public Builder userId(Long userId) {
      this.userId = userId;
      return this;
    }

    /**
     * The granted scopes.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(List<String> scopes) {
      this.scopes = Objects.requireNonNull(scopes, "scopes");
      return this;
    }

    /**
     * The OpenID Connect ID token.
     *
     * @param idToken the token, or null for none
     * @return this builder
     */
    public Builder idToken(String idToken) {
      this.idToken = idToken;
      return this;
    }

    /**
     * The tokens.
     *
     * @return the tokens
     * @throws IllegalArgumentException for a token that is empty or not visible ASCII (the message
     *     does not show it)
     */
    public Tokens build() {
      return new Tokens(this);
    }
  }
}
