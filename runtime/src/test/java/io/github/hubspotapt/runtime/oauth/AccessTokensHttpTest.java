package io.github.hubspotapt.runtime.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotApiException;
import io.github.hubspotapt.runtime.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link AccessTokens} against {@link FakeHubSpot} over real HTTP. */
class AccessTokensHttpTest {

  private static final String REDIRECT = "https://app.example.com/oauth/callback";
  private static final String TOKEN = "/oauth/2026-03/token";
  private static final long HUB = FakeHubSpot.HUB_ID;
  private static final int CALLERS = 50;

  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
  private final InMemoryTokenStore store = new InMemoryTokenStore();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FakeHubSpot hubSpot;
  private TokenClient client;
  private AccessTokens tokens;

  @BeforeEach
  void start() throws Exception {
    hubSpot = new FakeHubSpot();
    client =
        hubSpot
            .client()
            .clock(clock)
            .retryPolicy(RetryPolicy.defaults().withSleeper(sleeper))
            .build();
    tokens = new AccessTokens(client, store, AccessTokens.DEFAULT_REFRESH_MARGIN, clock);
  }

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void installWithPkceKeepsTheTokensAndServesThemWithoutRefreshing() {
    String verifier = Pkce.newVerifier();
    String code = hubSpot.issueCode(REDIRECT, Pkce.challenge(verifier));

    long hubId = tokens.installed(client.exchangeCode(code, URI.create(REDIRECT), verifier));
    String accessToken = tokens.accessToken(hubId);

    assertEquals(HUB, hubId);
    assertEquals(store.load(HUB).orElseThrow().accessToken(), accessToken);
    clock.advance(Duration.ofMinutes(24));
    assertEquals(
        accessToken,
        tokens.accessToken(HUB),
        "6 minutes left, more than the 5-minute margin: no refresh");
    assertEquals(0, hubSpot.count(TOKEN, "refresh_token"));
  }

  @Test
  void anInstallWhoseResponseNamesNoAccountIsIntrospected() {
    hubSpot.omitHubIdFromTokenResponses();
    String code = hubSpot.issueCode(REDIRECT, null);

    long hubId = tokens.installed(client.exchangeCode(code, URI.create(REDIRECT)));

    assertEquals(HUB, hubId);
    assertEquals(OptionalLong.of(HUB), store.load(HUB).orElseThrow().hubId());
    assertEquals(1, hubSpot.count(TOKEN + "/introspect", null));
  }

  @Test
  void refreshesWhenLessThanTheMarginRemainsAndSavesTheResult() {
    install();
    String first = tokens.accessToken(HUB);

    clock.advance(Duration.ofMinutes(26));
    String second = tokens.accessToken(HUB);

    assertNotEquals(first, second);
    assertEquals(second, store.load(HUB).orElseThrow().accessToken());
    assertEquals(clock.instant().plusSeconds(1800), store.load(HUB).orElseThrow().expiresAt());
    assertEquals(1, hubSpot.count(TOKEN, "refresh_token"));
    assertEquals(second, tokens.accessToken(HUB));
    assertEquals(1, hubSpot.count(TOKEN, "refresh_token"));
  }

  @Test
  void fiftyConcurrentCallersMakeExactlyOneRefresh() throws Exception {
    install();
    clock.advance(Duration.ofMinutes(29));
    hubSpot.refreshDelayMillis(200);

    List<String> results = concurrently(() -> tokens.accessToken(HUB));

    assertEquals(1, hubSpot.count(TOKEN, "refresh_token"));
    assertEquals(
        1, results.stream().distinct().count(), "every caller gets the one refreshed token");
    assertEquals(store.load(HUB).orElseThrow().accessToken(), results.get(0));
  }

  @Test
  void aDeadRefreshTokenDeletesTheTokensAndEveryCallerIsToldToInstallAgain() throws Exception {
    Tokens installed = install();
    hubSpot.killRefreshToken(installed.refreshToken().orElseThrow());
    clock.advance(Duration.ofMinutes(31));
    hubSpot.refreshDelayMillis(200);

    List<String> outcomes =
        concurrently(
            () -> {
              try {
                return tokens.accessToken(HUB);
              } catch (InstallRequiredException e) {
                assertEquals(HUB, e.hubId());
                assertInstanceOf(InvalidGrantException.class, e.getCause());
                return e.getMessage();
              }
            });

    assertEquals(
        List.of(
            "HubSpot account 62515 must install the app again: HubSpot refused its refresh token "
                + "(invalid_grant); its tokens were deleted"),
        outcomes.stream().distinct().toList());
    assertEquals(1, hubSpot.count(TOKEN, "refresh_token"));
    assertEquals(Optional.empty(), store.load(HUB));
    InstallRequiredException later =
        assertThrows(InstallRequiredException.class, () -> tokens.accessToken(HUB));
    assertEquals(
        "HubSpot account 62515 must install the app again: no tokens are stored for it",
        later.getMessage());
    assertFalse(later.getMessage().contains(installed.refreshToken().orElseThrow()));
  }

  @Test
  void aTransientFailureIsSharedByTheWaitersAndTheNextCallTriesAgain() throws Exception {
    install();
    clock.advance(Duration.ofMinutes(29));
    hubSpot.refreshDelayMillis(100);
    tokens =
        new AccessTokens(
            hubSpot.client().clock(clock).retryPolicy(RetryPolicy.noRetries()).build(),
            store,
            AccessTokens.DEFAULT_REFRESH_MARGIN,
            clock);
    hubSpot.script(TOKEN, 503, null, "");

    List<String> outcomes =
        concurrently(
            () -> {
              try {
                return tokens.accessToken(HUB);
              } catch (HubSpotApiException e) {
                return "failed " + e.status();
              }
            });

    assertTrue(outcomes.contains("failed 503"), outcomes.toString());
    assertTrue(
        hubSpot.count(TOKEN, "refresh_token") <= 2, "at most the failed refresh and one after it");
    String token = tokens.accessToken(HUB);
    assertEquals(store.load(HUB).orElseThrow().accessToken(), token);
  }

  @Test
  void tokensAnotherProcessRefreshedAreReusedNotRefreshedAgain() {
    install();
    tokens.accessToken(HUB);
    clock.advance(Duration.ofMinutes(26));
    Tokens refreshedElsewhere =
        client.refresh(store.load(HUB).orElseThrow().refreshToken().orElseThrow());
    store.save(HUB, refreshedElsewhere);

    assertEquals(refreshedElsewhere.accessToken(), tokens.accessToken(HUB));
    assertEquals(1, hubSpot.count(TOKEN, "refresh_token"));
  }

  @Test
  void anAccountNeverInstalledMustInstall() {
    InstallRequiredException e =
        assertThrows(InstallRequiredException.class, () -> tokens.accessToken(7));

    assertEquals(7, e.hubId());
    assertEquals(List.of(), hubSpot.received());
  }

  @Test
  void revokeRevokesTheRefreshTokenAtHubSpotAndForgetsTheAccount() {
    Tokens installed = install();

    tokens.revoke(HUB);

    assertEquals(Optional.empty(), store.load(HUB));
    assertEquals(1, hubSpot.count(TOKEN + "/revoke", null));
    assertEquals(
        installed.refreshToken().orElseThrow(), hubSpot.received().get(1).form().get("token"));
    assertFalse(
        client
            .introspect(installed.refreshToken().orElseThrow(), TokenKind.REFRESH_TOKEN)
            .active());
    assertThrows(InstallRequiredException.class, () -> tokens.accessToken(HUB));
  }

  @Test
  void showsNoTokenInToString() {
    Tokens installed = install();

    assertFalse(tokens.toString().contains(installed.accessToken()));
    assertFalse(store.toString().contains(installed.accessToken()));
    assertEquals("InMemoryTokenStore[accounts=[62515]]", store.toString());
  }

  @Test
  void refusesAMarginOfHubSpotsWholeLifetime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new AccessTokens(client, store, Duration.ofMinutes(30), clock));
  }

  private Tokens install() {
    String verifier = Pkce.newVerifier();
    String code = hubSpot.issueCode(REDIRECT, Pkce.challenge(verifier));
    Tokens installed = client.exchangeCode(code, URI.create(REDIRECT), verifier);
    tokens.installed(installed);
    return installed;
  }

  /** Runs a task from many threads released at once; their results in order. */
  private static List<String> concurrently(Callable<String> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      CountDownLatch ready = new CountDownLatch(CALLERS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
                }));
      }
      ready.await();
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
