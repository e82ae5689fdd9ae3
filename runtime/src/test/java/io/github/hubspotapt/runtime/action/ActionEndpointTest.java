package io.github.hubspotapt.runtime.action;

import static io.github.hubspotapt.runtime.action.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The action endpoint over real HTTP: a JDK server on 127.0.0.1, requests from the JDK's client.
 */
class ActionEndpointTest {

  private static final String PATH = "/hubspot/actions/create-invoice";
  private static final String VALID_INPUT =
      "\"amount\":\"199.90\",\"currency\":\"eur\",\"sendToContact\":\"true\"";

  private final TestVerifier verifier = new TestVerifier(CreateInvoice.ACTION_URL);
  private final RecordingLog log = new RecordingLog();
  private final AtomicReference<ActionHandler<CreateInvoice, CreateInvoice.Created>> handler =
      new AtomicReference<>();
  private final AtomicReference<CreateInvoice> input = new AtomicReference<>();
  private final AtomicReference<ExecutionContext> context = new AtomicReference<>();
  private TestServer server;

  @BeforeEach
  void start() throws IOException {
    ActionEndpoint<CreateInvoice, CreateInvoice.Created> endpoint =
        ActionEndpoint.of(
            verifier,
            CreateInvoice.ACTION_URL,
            CreateInvoice::read,
            (in, ctx) -> {
              input.set(in);
              context.set(ctx);
              return handler.get().execute(in, ctx);
            },
            CreateInvoice::write,
            log,
            4096);
    server = TestServer.serving(PATH, endpoint);
    handler.set((in, ctx) -> ExecutionResult.success(new CreateInvoice.Created("A-17")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String inputFields) throws Exception {
    return server.post(PATH, utf8(CreateInvoice.body(inputFields)));
  }

  @Test
  void answersAnExecutionWithTheHandlersOutput() throws Exception {
    HttpResponse<String> response = post(VALID_INPUT + ",\"note\":\"Thanks!\"");

    assertEquals(200, response.statusCode());
    assertEquals(
        Optional.of("application/json; charset=utf-8"),
        response.headers().firstValue("Content-Type"));
    assertEquals(
        "{\"outputFields\":{\"invoiceNumber\":\"A-17\",\"hs_execution_state\":\"SUCCESS\"}}",
        response.body());
    assertEquals(
        new CreateInvoice(new BigDecimal("199.90"), CreateInvoice.Currency.EUR, true, "Thanks!"),
        input.get());
    assertEquals(
        new ExecutionContext(
            "ap-102670506-56776413549-7-0",
            new ActionOrigin(102670506L, 10646377L, 1L, null, null),
            ExecutionSource.WORKFLOWS,
            192814114L,
            3L,
            new EnrolledObject(904, "DEAL", Map.of("dealname", "Renewal"))),
        context.get());
    assertEquals(1, verifier.calls());
    assertEquals(1, log.acceptedCount());
    assertEquals(List.of(), log.lines);
  }

  @Test
  void optionalInputsMayBeMissing() throws Exception {
    HttpResponse<String> response = post("\"amount\":\"5\",\"currency\":\"usd\"");

    assertEquals(200, response.statusCode());
    assertEquals(
        new CreateInvoice(new BigDecimal("5"), CreateInvoice.Currency.USD, false, null),
        input.get());
  }

  @Test
  void answersABlockWithItsExpiration() throws Exception {
    handler.set((in, ctx) -> ExecutionResult.block(Duration.ofDays(7).plusHours(1)));

    HttpResponse<String> response = post(VALID_INPUT);

    assertEquals(200, response.statusCode());
    assertEquals(
        "{\"outputFields\":{\"hs_execution_state\":\"BLOCK\",\"hs_expiration_duration\":\"P7DT1H\"}}",
        response.body());
  }

  @Test
  void anInputThatCannotConvertIs400AndTheHandlerIsNotCalled() throws Exception {
    HttpResponse<String> response = post("\"amount\":\"abc\",\"currency\":\"eur\"");

    assertEquals(400, response.statusCode());
    assertEquals(
        "Bad request: input field 'amount': expected a number, got 'abc'", response.body());
    assertEquals(null, input.get());
    assertEquals(
        List.of("POST " + PATH + " -> 400: input field 'amount': expected a number, got 'abc'"),
        log.lines);
  }

  @Test
  void aMissingRequiredInputIs400() throws Exception {
    HttpResponse<String> response = post("\"amount\":\"5\"");

    assertEquals(400, response.statusCode());
    assertEquals(
        "Bad request: input field 'currency': required, expected one of 'eur', 'usd', but the request has "
            + "no value",
        response.body());
    assertEquals(null, input.get());
  }

  @Test
  void verifiesBeforeReadingTheBody() throws Exception {
    HttpResponse<String> response = server.send("POST", PATH, utf8("not json at all"), false);

    assertEquals(401, response.statusCode());
    assertEquals("Unauthorized: the request is not verified as HubSpot's", response.body());
    assertEquals(List.of("POST " + PATH + " -> 401: signature does not match"), log.lines);
    assertEquals(null, input.get());
  }

  @Test
  void postOnly() throws Exception {
    HttpResponse<String> response = server.send("GET", PATH, new byte[0], true);

    assertEquals(405, response.statusCode());
    assertEquals(Optional.of("POST"), response.headers().firstValue("Allow"));
    assertEquals(0, verifier.calls());
  }

  @Test
  void refusesAnOversizeBodyBeforeVerifyingIt() throws Exception {
    HttpResponse<String> response = server.post(PATH, new byte[4097]);

    assertEquals(413, response.statusCode());
    assertEquals(
        "Payload too large: body of 4097 bytes, more than the limit of 4096", response.body());
    assertEquals(0, verifier.calls());
  }

  @Test
  void retryLaterIs429WithRetryAfterInWholeSeconds() throws Exception {
    handler.set(
        (in, ctx) -> {
          throw new RetryLaterException("rate limited", Duration.ofMillis(89_001));
        });

    HttpResponse<String> response = post(VALID_INPUT);

    assertEquals(429, response.statusCode());
    assertEquals(Optional.of("90"), response.headers().firstValue("Retry-After"));
    assertEquals("Too many requests: retry later", response.body());
  }

  @Test
  void retryLaterWithoutADelayLeavesItToHubSpot() throws Exception {
    handler.set(
        (in, ctx) -> {
          throw new RetryLaterException("busy");
        });

    HttpResponse<String> response = post(VALID_INPUT);

    assertEquals(429, response.statusCode());
    assertFalse(response.headers().firstValue("Retry-After").isPresent());
  }

  @Test
  void anActionThatFailsForGoodIs422WithItsMessage() throws Exception {
    handler.set(
        (in, ctx) -> {
          throw new ActionFailedException(
              "deal 904 has no billing address", new IllegalStateException("internal"));
        });

    HttpResponse<String> response = post(VALID_INPUT);

    assertEquals(422, response.statusCode());
    assertEquals("Action failed: deal 904 has no billing address", response.body());
  }

  @Test
  void anyOtherExceptionIs500WithoutItsTextAndIsLogged() throws Exception {
    IllegalStateException failure =
        new IllegalStateException("jdbc:postgresql://db password=hunter2");
    handler.set(
        (in, ctx) -> {
          throw failure;
        });

    HttpResponse<String> response = post(VALID_INPUT);

    assertEquals(500, response.statusCode());
    assertEquals("Internal error", response.body());
    assertEquals(List.of(failure), log.failures);
  }

  @Test
  void aHandlerWithoutAResultIs500() throws Exception {
    handler.set((in, ctx) -> null);

    HttpResponse<String> response = post(VALID_INPUT);

    assertEquals(500, response.statusCode());
    assertEquals("the action's handler returned no result", log.failures.get(0).getMessage());
  }

  @Test
  void aMalformedRequestNeverReachesTheHandlerEvenWhenVerified() throws Exception {
    HttpResponse<String> response = server.post(PATH, utf8("{\"origin\":{\"portalId\":1}}"));

    assertEquals(400, response.statusCode());
    assertEquals("Bad request: callbackId: missing", response.body());
    assertTrue(log.lines.get(0).endsWith("-> 400: callbackId: missing"));
  }

  @Test
  void servesBehindTheAppsRouter() throws Exception {
    ActionEndpoint<CreateInvoice, CreateInvoice.Created> endpoint =
        ActionEndpoint.of(
            verifier,
            CreateInvoice.ACTION_URL,
            CreateInvoice::read,
            (in, ctx) -> ExecutionResult.success(new CreateInvoice.Created("B-" + in.amount())),
            CreateInvoice::write,
            log);
    try (TestServer routed =
        TestServer.serving("/", HubSpotEndpoints.of(Map.of(PATH, endpoint), log))) {
      HttpResponse<String> response = routed.post(PATH, utf8(CreateInvoice.body(VALID_INPUT)));

      assertEquals(200, response.statusCode());
      assertEquals(
          "{\"outputFields\":{\"invoiceNumber\":\"B-199.90\",\"hs_execution_state\":\"SUCCESS\"}}",
          response.body());
      assertEquals(
          404, routed.post("/elsewhere", utf8(CreateInvoice.body(VALID_INPUT))).statusCode());
    }
  }
}
