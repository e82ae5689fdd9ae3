package io.github.hubspotapt.runtime.jdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.Verification;
import io.github.hubspotapt.runtime.signature.SignatureVerifier;
import io.github.hubspotapt.runtime.signature.Signatures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over real HTTP: a server on 127.0.0.1, requests from the JDK's HTTP client. */
class HubSpotHttpServerTest {

  private static final String SECRET = "a1b2c3d4-0000-4000-8000-123456789abc";

  /**
   * The public URL the project declares; the test server is reached as http://127.0.0.1:port, as
   * behind a proxy.
   */
  private static final String DECLARED = "https://app.example.com/hubspot/webhooks";

  private static final int LIMIT = 4096;

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<byte[]> dispatched = new CopyOnWriteArrayList<>();
  private final RequestLog log = new RequestLog();
  private HubSpotHttpServer server;

  @BeforeEach
  void start() throws IOException {
    SignatureVerifier verifier = SignatureVerifier.of(SECRET);
    HubSpotEndpoint webhooks =
        request -> {
          Verification verification = verifier.verify(request, DECLARED);
          if (!verification.verified()) {
            return HubSpotResponse.text(401, verification.refusal());
          }
          dispatched.add(request.body());
          return HubSpotResponse.json(200, "{\"received\":" + request.body().length + "}");
        };
    HubSpotEndpoint failing =
        request -> {
          throw new IllegalStateException("database password=hunter2 rejected");
        };
    Map<String, HubSpotEndpoint> byPath = new LinkedHashMap<>();
    byPath.put("/hubspot/webhooks", webhooks);
    byPath.put("/hubspot/failing", failing);
    server =
        HubSpotHttpServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            HubSpotEndpoints.of(byPath, log),
            LIMIT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSignedRequestIsDispatchedWithItsBodyByteForByte() throws Exception {
    byte[] body =
        "[{\"eventId\":1,\"propertyValue\":\"Zo\u00eb \uD83D\uDE00\"}]"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = send(signed("/hubspot/webhooks?portalId=62515", body));
    assertEquals(200, response.statusCode());
    assertEquals("{\"received\":" + body.length + "}", response.body());
    assertEquals(
        "application/json; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(1, dispatched.size());
    assertArrayEquals(body, dispatched.get(0));
  }

  @Test
  void aForgedRequestIsRefusedAndNothingIsDispatched() throws Exception {
    String timestamp = Long.toString(System.currentTimeMillis());
    HttpRequest forged =
        post("/hubspot/webhooks", BodyPublishers.ofString("[]"))
            .header(
                "X-HubSpot-Signature-v3",
                Signatures.v3("not-the-secret", "POST", DECLARED, new byte[] {'[', ']'}, timestamp))
            .header("X-HubSpot-Request-Timestamp", timestamp)
            .build();
    HttpResponse<String> response = send(forged);
    assertEquals(401, response.statusCode());
    assertTrue(
        response.body().startsWith("signature mismatch in X-HubSpot-Signature-v3"),
        response.body());
    assertTrue(dispatched.isEmpty());
  }

  @Test
  void aBodyOverTheLimitIs413WithoutDispatch() throws Exception {
    byte[] tooLarge = new byte[LIMIT + 1];
    assertEquals(413, send(signed("/hubspot/webhooks", tooLarge)).statusCode());
    // Without a Content-Length (chunked), the limit is found while reading.
    HttpRequest chunked =
        post(
                "/hubspot/webhooks",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)))
            .build();
    HttpResponse<String> response = send(chunked);
    assertEquals(413, response.statusCode());
    assertEquals("Request body over 4096 bytes", response.body());
    assertTrue(dispatched.isEmpty());
    assertEquals(2, log.refusedCount());
    assertEquals(200, send(signed("/hubspot/webhooks", new byte[LIMIT])).statusCode());
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    // Below a registered context, the JDK hands the request over and the endpoints answer.
    HttpResponse<String> below = send(signed("/hubspot/webhooks/extra", new byte[LIMIT + 1]));
    assertEquals(404, below.statusCode());
    assertEquals("Not found", below.body());
    // Outside every context, the JDK's server answers itself.
    assertEquals(404, send(signed("/elsewhere", new byte[0])).statusCode());
    assertTrue(dispatched.isEmpty());
  }

  @Test
  void aHandlerThatThrowsGives500WithoutAStackTrace() throws Exception {
    HttpResponse<String> response = send(signed("/hubspot/failing", new byte[0]));
    assertEquals(500, response.statusCode());
    assertEquals("Internal error", response.body());
    assertFalse(response.body().contains("hunter2"));
    assertEquals(1, log.failedCount());
  }

  @Test
  void registersBesideTheApplicationsOwnContexts() throws Exception {
    HttpServer own =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    own.createContext(
        "/health",
        exchange -> {
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    HubSpotEndpoint ok = request -> HubSpotResponse.empty(202);
    HubSpotHttpServer.register(
        own, HubSpotEndpoints.of(Map.of("/hubspot/actions", ok), new RequestLog()));
    own.start();
    try {
      String base = "http://127.0.0.1:" + own.getAddress().getPort();
      assertEquals(
          202,
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/hubspot/actions"))
                      .POST(BodyPublishers.noBody())
                      .build(),
                  BodyHandlers.ofString())
              .statusCode());
      assertEquals(
          204,
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                  BodyHandlers.ofString())
              .statusCode());
    } finally {
      own.stop(0);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> HubSpotHttpServer.register(own, HubSpotEndpoints.of(Map.of(), new RequestLog()), 0));
  }

  @Test
  void port0PicksAFreePort() {
    assertTrue(server.address().getPort() > 0);
    assertEquals(server.address(), server.httpServer().getAddress());
  }

  /**
   * A POST signed v3 by HubSpot's rules for the declared URL with the request's query, as HubSpot
   * would send it.
   */
  private HttpRequest signed(String target, byte[] body) {
    int query = target.indexOf('?');
    String signedUrl = DECLARED + (query < 0 ? "" : target.substring(query));
    String timestamp = Long.toString(System.currentTimeMillis());
    return post(target, BodyPublishers.ofByteArray(body))
        .header("X-HubSpot-Signature-v3", Signatures.v3(SECRET, "POST", signedUrl, body, timestamp))
        .header("X-HubSpot-Request-Timestamp", timestamp)
        .header("Content-Type", "application/json")
        .build();
  }

  private HttpRequest.Builder post(String target, BodyPublisher body) {
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.address().getPort() + target))
        .POST(body);
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, BodyHandlers.ofString());
  }

  /**
   * Signatures are over the URL as sent, so the endpoints get the target unchanged, escapes and
   * all.
   */
  @Test
  void endpointsSeeTheRawTargetAsSent() throws Exception {
    List<String> targets = new CopyOnWriteArrayList<>();
    HubSpotEndpoint recording =
        request -> {
          targets.add(request.target());
          return HubSpotResponse.empty(204);
        };
    try (HubSpotHttpServer raw =
        HubSpotHttpServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            HubSpotEndpoints.of(Map.of("/a%3Ab", recording), new RequestLog()))) {
      URI uri = URI.create("http://127.0.0.1:" + raw.address().getPort() + "/a%3Ab?q=x%2Cy%20z");
      assertEquals(
          204,
          client.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString()).statusCode());
    }
    assertEquals(List.of("/a%3Ab?q=x%2Cy%20z"), targets);
  }
}
