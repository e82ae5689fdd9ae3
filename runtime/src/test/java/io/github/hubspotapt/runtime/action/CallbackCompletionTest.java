package io.github.hubspotapt.runtime.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CallbackCompletionTest {

  private static final String TOKEN = "CKr1pq2mMhIHAAEA";
  private static final CallbackCompletion<CreateInvoice.Created> HUBSPOT =
      new CallbackCompletion<>(CreateInvoice::write);

  @Test
  void completesOneExecutionOnHubSpotsApi() {
    HttpRequest request =
        HUBSPOT.complete(
            "ap-102670506-56776413549-7-0",
            ExecutionResult.success(new CreateInvoice.Created("A-17")),
            TOKEN);

    assertEquals("POST", request.method());
    assertEquals(
        URI.create(
            "https://api.hubapi.com/automation/actions/callbacks/2026-03/"
                + "ap-102670506-56776413549-7-0/complete"),
        request.uri());
    assertEquals(List.of("Bearer " + TOKEN), request.headers().allValues("Authorization"));
    assertEquals(List.of("application/json"), request.headers().allValues("Content-Type"));
    assertEquals(
        "{\"outputFields\":{\"invoiceNumber\":\"A-17\",\"hs_execution_state\":\"SUCCESS\"}}",
        body(request));
  }

  @Test
  void encodesTheCallbackIdAsOnePathSegment() {
    HttpRequest request =
        HUBSPOT.complete("a/b?c#d %\u00e9", ExecutionResult.failContinue(null), TOKEN);

    assertEquals(
        "/automation/actions/callbacks/2026-03/a%2Fb%3Fc%23d%20%25%C3%A9/complete",
        request.uri().getRawPath());
    assertEquals("{\"outputFields\":{\"hs_execution_state\":\"FAIL_CONTINUE\"}}", body(request));
  }

  @Test
  void completesSeveralExecutionsInOneBatch() {
    Map<String, ExecutionResult<CreateInvoice.Created>> results = new LinkedHashMap<>();
    results.put("cb-1", ExecutionResult.success(new CreateInvoice.Created("A-17")));
    results.put("cb-2", ExecutionResult.failContinue(null));

    HttpRequest request = HUBSPOT.completeAll(results, TOKEN);

    assertEquals(
        URI.create("https://api.hubapi.com/automation/actions/callbacks/2026-03/complete"),
        request.uri());
    assertEquals(
        "{\"inputs\":[{\"callbackId\":\"cb-1\",\"outputFields\":{\"invoiceNumber\":\"A-17\","
            + "\"hs_execution_state\":\"SUCCESS\"}},{\"callbackId\":\"cb-2\",\"outputFields\":"
            + "{\"hs_execution_state\":\"FAIL_CONTINUE\"}}]}",
        body(request));
  }

  @Test
  void refusesWhatCannotCompleteAnExecution() {
    ExecutionResult<CreateInvoice.Created> done = ExecutionResult.success(null);
    assertThrows(
        IllegalArgumentException.class,
        () -> HUBSPOT.complete("cb", ExecutionResult.block(), TOKEN));
    assertThrows(
        IllegalArgumentException.class,
        () -> HUBSPOT.complete("cb", ExecutionResult.async(), TOKEN));
    assertThrows(IllegalArgumentException.class, () -> HUBSPOT.complete("", done, TOKEN));
    assertThrows(IllegalArgumentException.class, () -> HUBSPOT.completeAll(Map.of(), TOKEN));
    assertThrows(
        IllegalArgumentException.class, () -> HUBSPOT.completeAll(Map.of("", done), TOKEN));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CallbackCompletion<>(CreateInvoice::write, URI.create("ftp://example.com")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CallbackCompletion<>(CreateInvoice::write, URI.create("https://example.com/?q=1")));
  }

  @Test
  void neverShowsATokenItRefuses() {
    String token = "secret-token\r\nX-Injected: 1";

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HUBSPOT.complete("cb", ExecutionResult.success(null), token));

    assertEquals("access token: empty, or characters an HTTP header cannot carry", e.getMessage());
    assertFalse(e.getMessage().contains("secret"));
    assertThrows(
        IllegalArgumentException.class,
        () -> HUBSPOT.complete("cb", ExecutionResult.success(null), ""));
  }

  @Test
  void aServerReceivesTheCompletionOverRealHttp() throws Exception {
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
            received.add(exchange.getRequestHeaders().getFirst("Authorization"));
            received.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            received.add(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
          }
        });
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hubapi/");
      CallbackCompletion<CreateInvoice.Created> completion =
          new CallbackCompletion<>(CreateInvoice::write, base);
      HttpRequest request =
          completion.complete(
              "ap-1/2", ExecutionResult.success(new CreateInvoice.Created("A-17")), TOKEN);

      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(request, HttpResponse.BodyHandlers.discarding());

      assertEquals(204, response.statusCode());
      assertEquals(
          List.of(
              "POST /hubapi/automation/actions/callbacks/2026-03/ap-1%2F2/complete",
              "Bearer " + TOKEN,
              "application/json",
              "{\"outputFields\":{\"invoiceNumber\":\"A-17\",\"hs_execution_state\":\"SUCCESS\"}}"),
          received);
    } finally {
      server.stop(0);
    }
  }

  /** The body a request's publisher produces. */
  private static String body(HttpRequest request) {
    Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
    AtomicReference<StringBuilder> text = new AtomicReference<>(new StringBuilder());
    publisher
        .orElseThrow()
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                text.get().append(StandardCharsets.UTF_8.decode(item));
              }

              @Override
              public void onError(Throwable throwable) {
                throw new AssertionError(throwable);
              }

              @Override
              public void onComplete() {}
            });
    return text.get().toString();
  }
}
