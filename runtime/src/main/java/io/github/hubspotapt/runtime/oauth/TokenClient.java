package io.github.hubspotapt.runtime.oauth;

import io.github.hubspotapt.runtime.HubSpotCallException;
import io.github.hubspotapt.runtime.RetryPolicy;
import io.github.hubspotapt.runtime.http.Answer;
import io.github.hubspotapt.runtime.http.ApiCall;
import io.github.hubspotapt.runtime.http.ApiCaller;
import io.github.hubspotapt.runtime.http.ApiRequests;
import io.github.hubspotapt.runtime.http.UnreadableAnswerException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * HubSpot's OAuth token endpoints, date-versioned 2026-03 ({@code POST /oauth/2026-03/token},
 * {@code .../introspect}, {@code .../revoke}; the v1 endpoints stop working on 2027-02-16),
 * form-encoded with the client id and secret in the body. Thread-safe. Retries follow the {@link
 * RetryPolicy}: a refresh, a {@code client_credentials} grant, an introspection and a revocation
 * are safe to repeat; a code exchange is not (a code is single-use: a second try after HubSpot used
 * it could only fail), so a {@code 5xx} or a lost connection ends it with {@link
 * io.github.hubspotapt.runtime.OutcomeUnknownException}. The client secret and tokens never appear
 * in a message, in {@link #toString()}, or in a log.
 */
public final class TokenClient {

  /** HubSpot's API. */
  public static final URI HUBSPOT_API = URI.create("https://api.hubapi.com");

  static final String TOKEN_PATH = "/oauth/2026-03/token";
  static final String INTROSPECT_PATH = TOKEN_PATH + "/introspect";
  static final String REVOKE_PATH = TOKEN_PATH + "/revoke";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String clientId;
  private final String clientSecret;
  private final String base;
  private final ApiCaller caller;
  private final Clock clock;

  private TokenClient(Builder builder) {
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.base = ApiRequests.base(builder.baseUri);
    this.caller = new ApiCaller(builder.httpClient, builder.retryPolicy);
    this.clock = builder.clock;
  }

  /**
   * A client to build.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret; never shown
   * @return a builder
   */
  public static Builder builder(String clientId, String clientSecret) {
    return new Builder(clientId, clientSecret);
  }

  /**
   * Exchanges the code from the install redirect for tokens, with the PKCE verifier whose challenge
   * was in the install URL.
   *
   * @param code the {@code code} query parameter of the redirect
   * @param redirectUri the redirect URL, exactly as in the install URL
   * @param codeVerifier the install's PKCE code verifier ({@link Pkce#newVerifier()})
   * @return the account's tokens
   * @throws InvalidGrantException when the code is used, expired or unknown, or the verifier does
   *     not match
   * @throws OAuthErrorException for HubSpot's other refusals
   * @throws io.github.hubspotapt.runtime.OutcomeUnknownException when HubSpot failed after it may
   *     have used the code
   * @throws HubSpotCallException when HubSpot could not be reached or answered what is not a token
   *     response
   */
  public Tokens exchangeCode(String code, URI redirectUri, String codeVerifier) {
    Pkce.requireVerifier(codeVerifier);
    return exchange(code, redirectUri, codeVerifier);
  }

  /**
   * Exchanges the code from the install redirect for tokens, without PKCE (an install URL without
   * {@code code_challenge}).
   *
   * @param code the {@code code} query parameter of the redirect
   * @param redirectUri the redirect URL, exactly as in the install URL
   * @return the account's tokens
   * @throws InvalidGrantException when the code is used, expired or unknown
   * @throws OAuthErrorException for HubSpot's other refusals
   * @throws HubSpotCallException when HubSpot could not be reached or answered what is not a token
   *     response
   */
  public Tokens exchangeCode(String code, URI redirectUri) {
    return exchange(code, redirectUri, null);
  }

  private Tokens exchange(String code, URI redirectUri, String codeVerifier) {
    Form form =
        new Form()
            .add("grant_type", "authorization_code")
            .add("client_id", clientId)
            .addSecret("client_secret", clientSecret)
            .add("redirect_uri", redirectUri.toString())
            .addSecret("code", requireValue(code, "code"));
    if (codeVerifier != null) {
      form.addSecret("code_verifier", codeVerifier);
    }
    return tokens("code exchange", TOKEN_PATH, form, false);
  }

  /**
   * New tokens for an account from its refresh token. HubSpot may answer without a refresh token
   * (the old one stays valid): the result then carries the one sent.
   *
   * @param refreshToken the account's refresh token
   * @return the new tokens
   * @throws InvalidGrantException when the refresh token is dead: the account must install the app
   *     again
   * @throws OAuthErrorException for HubSpot's other refusals
   * @throws HubSpotCallException when HubSpot could not be reached or answered what is not a token
   *     response
   */
  public Tokens refresh(String refreshToken) {
    Form form =
        new Form()
            .add("grant_type", "refresh_token")
            .add("client_id", clientId)
            .addSecret("client_secret", clientSecret)
            .addSecret("refresh_token", requireValue(refreshToken, "refresh token"));
    Tokens tokens = tokens("token refresh", TOKEN_PATH, form, true);
    return tokens.refreshToken().isPresent()
        ? tokens
        : tokens.toBuilder().refreshToken(refreshToken).build();
  }

  /**
   * An app token from the {@code client_credentials} grant (for APIs that act as the app, such as
   * the webhooks journal); it has no refresh token.
   *
   * @param scopes the scopes to ask for; none for the app's default
   * @return the token
   * @throws OAuthErrorException for HubSpot's refusals
   * @throws HubSpotCallException when HubSpot could not be reached or answered what is not a token
   *     response
   */
  public Tokens clientCredentials(Collection<String> scopes) {
    Form form =
        new Form()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .addSecret("client_secret", clientSecret);
    if (!scopes.isEmpty()) {
      form.add("scope", String.join(" ", scopes));
    }
    return tokens("client credentials grant", TOKEN_PATH, form, true);
  }

  /**
   * What HubSpot knows about a token: whether it is active, its account, user, app and scopes.
   *
   * @param token the token
   * @param kind which kind it is
   * @return the result; an unknown, expired or revoked token is not active
   * @throws OAuthErrorException for HubSpot's refusals
   * @throws HubSpotCallException when HubSpot could not be reached or answered what is not an
   *     introspection
   */
  public TokenInfo introspect(String token, TokenKind kind) {
    ApiCall call = call("token introspection", INTROSPECT_PATH, tokenForm(token, kind), true);
    Answer answer = succeeded(call);
    try {
      return TokenAnswers.info(answer.body());
    } catch (UnreadableAnswerException e) {
      throw ApiCaller.unreadable(call, answer, e);
    }
  }

  /**
   * Revokes a token: revoking a refresh token ends the app's access to the account until it
   * installs again. Revoking a token that is already dead succeeds (RFC 7009 2.2), so a repeated
   * revocation does no harm.
   *
   * @param token the token
   * @param kind which kind it is
   * @throws OAuthErrorException for HubSpot's refusals
   * @throws HubSpotCallException when HubSpot could not be reached
   */
  public void revoke(String token, TokenKind kind) {
    succeeded(call("token revocation", REVOKE_PATH, tokenForm(token, kind), true));
  }

  private Form tokenForm(String token, TokenKind kind) {
    return new Form()
        .add("client_id", clientId)
        .addSecret("client_secret", clientSecret)
        .addSecret("token", requireValue(token, "token"))
        .add("token_type_hint", kind.hint());
  }

  private Tokens tokens(String name, String path, Form form, boolean repeatable) {
    Instant sentAt = clock.instant();
    ApiCall call = call(name, path, form, repeatable);
    Answer answer = succeeded(call);
    try {
      return TokenAnswers.tokens(answer.body(), sentAt);
    } catch (UnreadableAnswerException e) {
      throw ApiCaller.unreadable(call, answer, e);
    }
  }

  private Answer succeeded(ApiCall call) {
    Answer answer = caller.send(call);
    if (!answer.succeeded()) {
      throw TokenAnswers.failure(call, answer);
    }
    return answer;
  }

  private ApiCall call(String name, String path, Form form, boolean repeatable) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form.encoded(), StandardCharsets.UTF_8))
            .build();
    return new ApiCall(name, request, repeatable, form.secrets);
  }

  private static String requireValue(String value, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  /** The client id and base URI; never the secret. */
  @Override
  public String toString() {
    return "TokenClient[clientId=" + clientId + ", baseUri=" + base + "]";
  }

  /** A form body, remembering which values are secrets. */
  private static final class Form {

    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();

    Form add(String name, String value) {
      fields.add(Map.entry(name, value));
      return this;
    }

    Form addSecret(String name, String value) {
      secrets.add(value);
      secrets.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
      return add(name, value);
    }

    String encoded() {
      StringBuilder body = new StringBuilder();
      for (Map.Entry<String, String> field : fields) {
        if (body.length() > 0) {
          body.append('&');
        }
        body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
      }
      return body.toString();
    }
  }

  /** Builds a {@link TokenClient}. */
  public static final class Builder {

    private final String clientId;
    private final String clientSecret;
    private URI baseUri = HUBSPOT_API;
    private HttpClient httpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder(String clientId, String clientSecret) {
      this.clientId = requireValue(clientId, "client id");
      this.clientSecret = requireValue(clientSecret, "client secret");
    }

    /**
     * Another base URI: a test server, a proxy.
     *
     * @param baseUri scheme, host, port and an optional path prefix; {@link #HUBSPOT_API} by
     *     default
     * @return this builder
     */
    public Builder baseUri(URI baseUri) {
      ApiRequests.base(baseUri);
      this.baseUri = baseUri;
      return this;
    }

    /**
     * The HTTP client; a new one with a 10-second connect timeout by default.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * When and how to retry; {@link RetryPolicy#defaults()} by default.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * The clock that token expiries count from; {@link Clock#systemUTC()} by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The client. */
    public TokenClient build() {
      if (httpClient == null) {
        httpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      }
      return new TokenClient(this);
    }
  }
}
