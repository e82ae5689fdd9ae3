package io.github.hubspotapt.runtime.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotApiException;
import io.github.hubspotapt.runtime.HubSpotCallException;
import io.github.hubspotapt.runtime.OutcomeUnknownException;
import io.github.hubspotapt.runtime.RetryPolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link TokenClient} against {@link FakeHubSpot} over real HTTP. */
class TokenClientHttpTest {

  private static final String REDIRECT = "https://app.example.com/oauth/callback";
  private static final String TOKEN = "/oauth/2026-03/token";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
  private FakeHubSpot hubSpot;
  private TokenClient client;

  @BeforeEach
  void start() throws Exception {
    hubSpot = new FakeHubSpot();
    client =
        hubSpot
            .client()
            .clock(clock)
            .retryPolicy(RetryPolicy.defaults().withSleeper(sleeper))
            .build();
  }

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void exchangesACodeWithPkceAndTheServerChecksTheChallenge() {
    String verifier = Pkce.newVerifier();
    String code = hubSpot.issueCode(REDIRECT, Pkce.challenge(verifier));

    Tokens tokens = client.exchangeCode(code, URI.create(REDIRECT), verifier);

    assertEquals(OptionalLong.of(FakeHubSpot.HUB_ID), tokens.hubId());
    assertEquals(OptionalLong.of(FakeHubSpot.USER_ID), tokens.userId());
    assertEquals(List.of("oauth", "automation"), tokens.scopes());
    assertTrue(tokens.refreshToken().isPresent());
    assertTrue(tokens.accessToken().length() > 290, "HubSpot's tokens may be up to 300 characters");
    assertEquals(clock.instant().plusSeconds(1800), tokens.expiresAt());
    FakeHubSpot.Received request = hubSpot.received().get(0);
    assertEquals(
        Map.of(
            "grant_type",
            "authorization_code",
            "client_id",
            FakeHubSpot.CLIENT_ID,
            "client_secret",
            FakeHubSpot.CLIENT_SECRET,
            "redirect_uri",
            REDIRECT,
            "code",
            code,
            "code_verifier",
            verifier),
        request.form());
    assertEquals("POST", request.method());
  }

  @Test
  void aVerifierThatDoesNotMatchTheChallengeIsAnInvalidGrant() {
    String code = hubSpot.issueCode(REDIRECT, Pkce.challenge(Pkce.newVerifier()));
    String otherVerifier = Pkce.newVerifier();

    InvalidGrantException e =
        assertThrows(
            InvalidGrantException.class,
            () -> client.exchangeCode(code, URI.create(REDIRECT), otherVerifier));

    assertEquals(
        "HubSpot code exchange (POST /oauth/2026-03/token): HTTP 400 invalid_grant: code_verifier does not "
            + "match code_challenge",
        e.getMessage());
    assertFalse(e.getMessage().contains(otherVerifier));
  }

  @Test
  void aCodeIsSingleUse() {
    String code = hubSpot.issueCode(REDIRECT, null);
    client.exchangeCode(code, URI.create(REDIRECT));

    InvalidGrantException e =
        assertThrows(
            InvalidGrantException.class, () -> client.exchangeCode(code, URI.create(REDIRECT)));

    assertEquals(400, e.status());
    assertEquals("invalid_grant", e.error());
    assertFalse(e.getMessage().contains(code), e.getMessage());
  }

  @Test
  void aWrongSecretIsAnInvalidClientAndNeverShown() {
    String wrongSecret = "wrong-secret-0d9e8f";
    TokenClient wrong =
        TokenClient.builder(FakeHubSpot.CLIENT_ID, wrongSecret).baseUri(hubSpot.baseUri()).build();

    InvalidClientException e =
        assertThrows(
            InvalidClientException.class, () -> wrong.refresh(hubSpot.issueRefreshToken()));

    assertEquals(401, e.status());
    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 401 invalid_client: unknown client secret "
            + "[redacted]",
        e.getMessage());
    assertEquals(Optional.of("unknown client secret [redacted]"), e.description());
    assertFalse(wrong.toString().contains(wrongSecret), wrong.toString());
    assertEquals(
        "TokenClient[clientId=" + FakeHubSpot.CLIENT_ID + ", baseUri=" + hubSpot.baseUri() + "]",
        wrong.toString());
  }

  @Test
  void refreshesAndKeepsTheRefreshToken() {
    String refreshToken = hubSpot.issueRefreshToken();

    Tokens tokens = client.refresh(refreshToken);

    assertEquals(Optional.of(refreshToken), tokens.refreshToken());
    assertEquals(
        Map.of(
            "grant_type",
            "refresh_token",
            "client_id",
            FakeHubSpot.CLIENT_ID,
            "client_secret",
            FakeHubSpot.CLIENT_SECRET,
            "refresh_token",
            refreshToken),
        hubSpot.received().get(0).form());
  }

  @Test
  void aDeadRefreshTokenIsAnInvalidGrantWithoutTheTokenInTheMessage() {
    String refreshToken = hubSpot.issueRefreshToken();
    hubSpot.killRefreshToken(refreshToken);

    InvalidGrantException e =
        assertThrows(InvalidGrantException.class, () -> client.refresh(refreshToken));

    assertFalse(e.getMessage().contains(refreshToken));
    assertEquals(1, hubSpot.received().size(), "an OAuth refusal is not retried");
  }

  @Test
  void getsAnAppTokenWithClientCredentials() {
    Tokens tokens = client.clientCredentials(List.of("webhooks-journal-data-access", "oauth"));

    assertEquals(Optional.empty(), tokens.refreshToken());
    assertEquals(
        "webhooks-journal-data-access oauth", hubSpot.received().get(0).form().get("scope"));
  }

  @Test
  void introspectsRevokesAndSeesTheTokenInactive() {
    String refreshToken = hubSpot.issueRefreshToken();

    TokenInfo before = client.introspect(refreshToken, TokenKind.REFRESH_TOKEN);
    client.revoke(refreshToken, TokenKind.REFRESH_TOKEN);
    TokenInfo after = client.introspect(refreshToken, TokenKind.REFRESH_TOKEN);

    assertTrue(before.active());
    assertEquals(FakeHubSpot.HUB_ID, before.hubId());
    assertEquals(4321L, before.appId());
    assertEquals("refresh_token", before.tokenUse());
    assertFalse(before.toString().contains(refreshToken), before.toString());
    assertFalse(after.active());
    assertEquals(
        Map.of(
            "client_id",
            FakeHubSpot.CLIENT_ID,
            "client_secret",
            FakeHubSpot.CLIENT_SECRET,
            "token",
            refreshToken,
            "token_type_hint",
            "refresh_token"),
        hubSpot.received().get(1).form());
    assertEquals(
        List.of(TOKEN + "/introspect", TOKEN + "/revoke", TOKEN + "/introspect"),
        hubSpot.received().stream().map(FakeHubSpot.Received::path).toList());
    assertThrows(InvalidGrantException.class, () -> client.refresh(refreshToken));
  }

  @Test
  void a429IsRetriedAfterItsRetryAfter() {
    hubSpot.script(
        TOKEN,
        429,
        "2",
        FakeHubSpot.hubSpotError("RATE_LIMITS", "You have reached your secondly limit."));

    Tokens tokens = client.refresh(hubSpot.issueRefreshToken());

    assertTrue(tokens.refreshToken().isPresent());
    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits());
    assertEquals(2, hubSpot.count(TOKEN, "refresh_token"));
  }

  @Test
  void aRetryAfterDateIsReadAgainstThePolicysClock() {
    client =
        hubSpot
            .client()
            .clock(clock)
            .retryPolicy(RetryPolicy.defaults().withSleeper(sleeper).withClock(clock))
            .build();
    hubSpot.script(TOKEN, 429, "Fri, 01 May 2026 10:00:07 GMT", "");

    client.refresh(hubSpot.issueRefreshToken());

    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits());
  }

  @Test
  void aRetryAfterLongerThanThePolicyWaitsForIsReportedNotWaited() {
    hubSpot.script(
        TOKEN,
        429,
        "86400",
        FakeHubSpot.hubSpotError("RATE_LIMITS", "You have reached your daily limit."));

    HubSpotApiException e =
        assertThrows(HubSpotApiException.class, () -> client.refresh(hubSpot.issueRefreshToken()));

    assertEquals(429, e.status());
    assertEquals(Optional.of(Duration.ofDays(1)), e.retryAfter());
    assertEquals(Optional.of("RATE_LIMITS"), e.category());
    assertEquals(List.of(), sleeper.waits());
  }

  @Test
  void a503IsRetriedWithBackoffUpToTheBound() {
    for (int i = 0; i < 4; i++) {
      hubSpot.script(TOKEN, 503, null, "");
    }

    HubSpotApiException e =
        assertThrows(HubSpotApiException.class, () -> client.refresh(hubSpot.issueRefreshToken()));

    assertEquals(503, e.status());
    assertEquals(4, e.attempts());
    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 503 after 4 attempts",
        e.getMessage());
    assertEquals(
        List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)),
        sleeper.waits());
    assertEquals(4, hubSpot.count(TOKEN, "refresh_token"));
  }

  @Test
  void a503ThenSuccessIsASuccess() {
    hubSpot.script(TOKEN + "/introspect", 503, null, "");
    hubSpot.script(TOKEN + "/introspect", 500, null, "");

    assertTrue(client.introspect(hubSpot.issueRefreshToken(), TokenKind.REFRESH_TOKEN).active());
    assertEquals(3, hubSpot.count(TOKEN + "/introspect", null));
  }

  @Test
  void aCodeExchangeIsNotRepeatedAfterA5xx() {
    hubSpot.script(TOKEN, 502, null, FakeHubSpot.hubSpotError("INTERNAL_ERROR", "upstream failed"));
    String code = hubSpot.issueCode(REDIRECT, null);

    OutcomeUnknownException e =
        assertThrows(
            OutcomeUnknownException.class, () -> client.exchangeCode(code, URI.create(REDIRECT)));

    assertEquals(OptionalInt.of(502), e.status());
    assertEquals(1, hubSpot.count(TOKEN, "authorization_code"));
    assertEquals(List.of(), sleeper.waits());
    assertEquals(
        "HubSpot code exchange (POST /oauth/2026-03/token): HTTP 502: upstream failed [correlationId "
            + "aeb5f871-7f07-4993-9211-075dc63e7cbf]; HubSpot may have applied it, so it was not repeated",
        e.getMessage());
  }

  @Test
  void aCodeExchangeIsRetriedOnA429BecauseHubSpotDidNothing() {
    hubSpot.script(TOKEN, 429, "1", "");
    String code = hubSpot.issueCode(REDIRECT, null);

    client.exchangeCode(code, URI.create(REDIRECT));

    assertEquals(2, hubSpot.count(TOKEN, "authorization_code"));
  }

  @Test
  void aConnectionNeverMadeIsRetriedThenReported() throws Exception {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
    TokenClient unreachable =
        TokenClient.builder(FakeHubSpot.CLIENT_ID, FakeHubSpot.CLIENT_SECRET)
            .baseUri(closed)
            .retryPolicy(RetryPolicy.defaults().withSleeper(sleeper).withMaxAttempts(3))
            .build();

    HubSpotCallException e =
        assertThrows(
            HubSpotCallException.class,
            () -> unreachable.exchangeCode("code-1", URI.create(REDIRECT)));

    assertEquals(HubSpotCallException.class, e.getClass());
    assertEquals(3, e.attempts());
    assertEquals(
        "HubSpot code exchange (POST /oauth/2026-03/token): HubSpot unreachable after 3 attempt(s): "
            + "ConnectException",
        e.getMessage());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.waits());
  }

  @Test
  void aRefreshIsRepeatedWhenTheConnectionDropsAfterSending() throws Exception {
    try (DroppingServer dropping = new DroppingServer()) {
      TokenClient dropped =
          TokenClient.builder(FakeHubSpot.CLIENT_ID, FakeHubSpot.CLIENT_SECRET)
              .baseUri(dropping.baseUri())
              .retryPolicy(RetryPolicy.defaults().withSleeper(sleeper))
              .build();

      HubSpotCallException e =
          assertThrows(HubSpotCallException.class, () -> dropped.refresh("rt-1"));

      assertEquals(4, dropping.requests());
      assertEquals(4, e.attempts());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "HubSpot token refresh (POST /oauth/2026-03/token): connection failed 4 "
                      + "time(s)"),
          e.getMessage());
    }
  }

  @Test
  void anAnswerThatIsNotATokenResponseIsReportedWithoutItsValues() {
    hubSpot.script(TOKEN, 200, null, "{\"access_token\":\"leaked-token\"}");

    HubSpotCallException e =
        assertThrows(HubSpotCallException.class, () -> client.refresh(hubSpot.issueRefreshToken()));

    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 200 with an unexpected body: expires_in: "
            + "missing",
        e.getMessage());
  }

  @Test
  void refusesBadArgumentsBeforeSendingAnything() {
    assertThrows(
        IllegalArgumentException.class,
        () -> client.exchangeCode("c", URI.create(REDIRECT), "short"));
    assertThrows(IllegalArgumentException.class, () -> client.refresh(""));
    assertThrows(IllegalArgumentException.class, () -> TokenClient.builder("id", ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenClient.builder("id", "secret").baseUri(URI.create("ftp://example.com")));
    assertEquals(List.of(), hubSpot.received());
  }
}
