package io.github.hubspotapt.runtime.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotApiException;
import io.github.hubspotapt.runtime.OutcomeUnknownException;
import io.github.hubspotapt.runtime.RetryPolicy;
import io.github.hubspotapt.runtime.oauth.AccessTokens;
import io.github.hubspotapt.runtime.oauth.DroppingServer;
import io.github.hubspotapt.runtime.oauth.FakeHubSpot;
import io.github.hubspotapt.runtime.oauth.InMemoryTokenStore;
import io.github.hubspotapt.runtime.oauth.InstallRequiredException;
import io.github.hubspotapt.runtime.oauth.Pkce;
import io.github.hubspotapt.runtime.oauth.RecordingSleeper;
import io.github.hubspotapt.runtime.oauth.TestClock;
import io.github.hubspotapt.runtime.oauth.TokenClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CallbackClient} completing blocked executions on {@link FakeHubSpot} over real HTTP. */
class CallbackClientHttpTest {

  private static final String CALLBACKS = "/automation/actions/callbacks/2026-03/";
  private static final String REDIRECT = "https://app.example.com/oauth/callback";
  private static final long HUB = FakeHubSpot.HUB_ID;

  private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private FakeHubSpot hubSpot;
  private AccessTokens tokens;
  private CallbackClient<CreateInvoice.Created> callbacks;

  @BeforeEach
  void start() throws Exception {
    hubSpot = new FakeHubSpot();
    RetryPolicy retries = RetryPolicy.defaults().withSleeper(sleeper);
    TokenClient client = hubSpot.client().clock(clock).retryPolicy(retries).build();
    tokens =
        new AccessTokens(
            client, new InMemoryTokenStore(), AccessTokens.DEFAULT_REFRESH_MARGIN, clock);
    String verifier = Pkce.newVerifier();
    String code = hubSpot.issueCode(REDIRECT, Pkce.challenge(verifier));
    tokens.installed(client.exchangeCode(code, URI.create(REDIRECT), verifier));
    callbacks =
        new CallbackClient<>(
            new CallbackCompletion<>(CreateInvoice::write, hubSpot.baseUri()),
            tokens,
            HttpClient.newHttpClient(),
            retries);
  }

  @AfterEach
  void stop() {
    hubSpot.close();
  }

  @Test
  void completesABlockedExecutionWithTheAccountsToken() {
    hubSpot.block("ap-102670506-56776413549-7-0");

    callbacks.complete(
        HUB,
        "ap-102670506-56776413549-7-0",
        ExecutionResult.success(new CreateInvoice.Created("A-17")));

    assertEquals(
        List.of(
            "ap-102670506-56776413549-7-0 {\"outputFields\":{\"invoiceNumber\":\"A-17\","
                + "\"hs_execution_state\":\"SUCCESS\"}}"),
        hubSpot.completions());
    FakeHubSpot.Received request = hubSpot.received().get(hubSpot.received().size() - 1);
    assertEquals("Bearer " + tokens.accessToken(HUB), request.authorization());
  }

  @Test
  void completesABatch() {
    Map<String, ExecutionResult<CreateInvoice.Created>> results = new LinkedHashMap<>();
    results.put("cb-1", ExecutionResult.success(new CreateInvoice.Created("A-17")));
    results.put("cb-2", ExecutionResult.failContinue(null));

    callbacks.completeAll(HUB, results);

    assertEquals(
        List.of(
            "{\"inputs\":[{\"callbackId\":\"cb-1\",\"outputFields\":{\"invoiceNumber\":\"A-17\","
                + "\"hs_execution_state\":\"SUCCESS\"}},{\"callbackId\":\"cb-2\",\"outputFields\":"
                + "{\"hs_execution_state\":\"FAIL_CONTINUE\"}}]}"),
        hubSpot.completions());
  }

  @Test
  void refreshesAnExpiringTokenBeforeCompleting() {
    hubSpot.block("cb-1");
    String before = tokens.accessToken(HUB);
    clock.advance(Duration.ofMinutes(27));

    callbacks.complete(HUB, "cb-1", ExecutionResult.success(null));

    FakeHubSpot.Received request = hubSpot.received().get(hubSpot.received().size() - 1);
    assertFalse(request.authorization().endsWith(before));
    assertEquals(1, hubSpot.count("/oauth/2026-03/token", "refresh_token"));
  }

  @Test
  void a429IsRetriedAfterItsRetryAfterBecauseHubSpotAppliedNothing() {
    hubSpot.block("cb-1");
    hubSpot.script(CALLBACKS + "cb-1/complete", 429, "3", "");

    callbacks.complete(HUB, "cb-1", ExecutionResult.success(null));

    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.waits());
    assertEquals(1, hubSpot.completions().size());
  }

  @Test
  void aCompletionIsNotRepeatedAfterA5xx() {
    hubSpot.block("cb-1");
    hubSpot.script(CALLBACKS + "cb-1/complete", 503, null, "");

    OutcomeUnknownException e =
        assertThrows(
            OutcomeUnknownException.class,
            () -> callbacks.complete(HUB, "cb-1", ExecutionResult.success(null)));

    assertEquals(OptionalInt.of(503), e.status());
    assertEquals(
        "HubSpot callback completion (POST /automation/actions/callbacks/2026-03/cb-1/complete): HTTP 503; "
            + "HubSpot may have applied it, so it was not repeated",
        e.getMessage());
    assertEquals(
        1, hubSpot.received().stream().filter(r -> r.path().startsWith(CALLBACKS)).count());
    assertEquals(List.of(), sleeper.waits());
  }

  @Test
  void aBatchIsNotRepeatedAfterA5xx() {
    hubSpot.script(CALLBACKS + "complete", 500, null, "");

    assertThrows(
        OutcomeUnknownException.class,
        () -> callbacks.completeAll(HUB, Map.of("cb-1", ExecutionResult.success(null))));

    assertEquals(
        1, hubSpot.received().stream().filter(r -> r.path().startsWith(CALLBACKS)).count());
  }

  @Test
  void aCompletionIsNotRepeatedWhenTheConnectionDropsAfterSending() throws Exception {
    try (DroppingServer dropping = new DroppingServer()) {
      CallbackClient<CreateInvoice.Created> dropped =
          new CallbackClient<>(
              new CallbackCompletion<>(CreateInvoice::write, dropping.baseUri()),
              hubId -> "token-1",
              HttpClient.newHttpClient(),
              RetryPolicy.defaults().withSleeper(sleeper));

      OutcomeUnknownException e =
          assertThrows(
              OutcomeUnknownException.class,
              () -> dropped.complete(HUB, "cb-1", ExecutionResult.success(null)));

      assertEquals(OptionalInt.empty(), e.status());
      assertEquals(1, dropping.requests());
      assertTrue(
          e.getMessage()
              .startsWith(
                  "HubSpot callback completion (POST /automation/actions/callbacks/2026-03/"
                      + "cb-1/complete): connection failed after the request was sent"),
          e.getMessage());
    }
  }

  @Test
  void completingTwiceIsHubSpotsRefusalNotARetry() {
    hubSpot.block("cb-1");
    callbacks.complete(HUB, "cb-1", ExecutionResult.success(null));

    HubSpotApiException e =
        assertThrows(
            HubSpotApiException.class,
            () -> callbacks.complete(HUB, "cb-1", ExecutionResult.success(null)));

    assertEquals(400, e.status());
    assertEquals(Optional.of("VALIDATION_ERROR"), e.category());
  }

  @Test
  void aRefusedTokenIsReportedWithoutTheToken() {
    String stale = "stale-token-1f2e3d";
    CallbackClient<CreateInvoice.Created> staleCallbacks =
        new CallbackClient<>(
            new CallbackCompletion<>(CreateInvoice::write, hubSpot.baseUri()), hubId -> stale);

    HubSpotApiException e =
        assertThrows(
            HubSpotApiException.class,
            () -> staleCallbacks.complete(HUB, "cb-1", ExecutionResult.success(null)));

    assertEquals(401, e.status());
    assertFalse(e.getMessage().contains(stale), e.getMessage());
    assertTrue(
        e.getMessage()
            .startsWith(
                "HubSpot callback completion (POST /automation/actions/callbacks/2026-03/"
                    + "cb-1/complete): HTTP 401: Authentication credentials not found"),
        e.getMessage());
  }

  @Test
  void anAccountWithoutTokensSendsNothing() {
    assertThrows(
        InstallRequiredException.class,
        () -> callbacks.complete(999, "cb-1", ExecutionResult.success(null)));

    assertTrue(hubSpot.received().stream().noneMatch(r -> r.path().startsWith(CALLBACKS)));
  }
}
