package io.github.hubspotapt.runtime.servlet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.Verification;
import io.github.hubspotapt.runtime.signature.SignatureVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The servlet in Jetty 12 over real HTTP, under the context path {@code /app}, with hand-built
 * endpoints.
 */
class HubSpotServletTest {

  private static final String SECRET = "a1b2c3d4-0000-4000-8000-123456789abc";

  /**
   * The public URL declared; the servlet is reached as http://127.0.0.1:port/app, as behind a
   * proxy.
   */
  private static final String PUBLIC_BASE = "https://app.example.com";

  private static final int LIMIT = 4096;

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<byte[]> dispatched = new CopyOnWriteArrayList<>();
  private final List<String> targets = new CopyOnWriteArrayList<>();
  private final RequestLog log = new RequestLog();
  private JettyServer server;

  @BeforeEach
  void start() throws Exception {
    SignatureVerifier verifier = SignatureVerifier.of(SECRET);
    HubSpotEndpoint webhooks =
        request -> {
          Verification verification = verifier.verify(request, PUBLIC_BASE + "/hubspot/webhooks");
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
    HubSpotEndpoint recording =
        request -> {
          targets.add(request.target());
          return HubSpotResponse.empty(204).withHeader("X-Seen", request.method());
        };
    Map<String, HubSpotEndpoint> byPath = new LinkedHashMap<>();
    byPath.put("/hubspot/webhooks", webhooks);
    byPath.put("/hubspot/failing", failing);
    byPath.put("/a%3Ab", recording);
    server = JettyServer.start("/app", HubSpotEndpoints.of(byPath, log), LIMIT);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void aSignedRequestIsDispatchedWithItsBodyByteForByte() throws Exception {
    byte[] body =
        "[{\"eventId\":1,\"propertyValue\":\"Zo\u00eb \uD83D\uDE00\"}]"
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = send(signed("/hubspot/webhooks?portalId=62515", body, SECRET));
    assertEquals(200, response.statusCode());
    assertEquals("{\"received\":" + body.length + "}", response.body());
    assertEquals(
        "application/json;charset=utf-8",
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .replace(" ", "")
            .toLowerCase(Locale.ROOT));
    assertEquals(1, dispatched.size());
    assertArrayEquals(body, dispatched.get(0));
  }

  @Test
  void aForgedRequestIsRefusedAndNothingIsDispatched() throws Exception {
    HttpResponse<String> response =
        send(signed("/hubspot/webhooks", new byte[] {'[', ']'}, "not-the-secret"));
    assertEquals(401, response.statusCode());
    assertTrue(
        response.body().startsWith("signature mismatch in X-HubSpot-Signature-v3"),
        response.body());
    assertTrue(dispatched.isEmpty());
  }

  @Test
  void aBodyOverTheLimitIs413WithoutDispatch() throws Exception {
    byte[] tooLarge = new byte[LIMIT + 1];
    HttpResponse<String> declared = send(signed("/hubspot/webhooks", tooLarge, SECRET));
    assertEquals(413, declared.statusCode());
    // The rest of the body is not read: the connection is not to be reused.
    assertEquals(Optional.of("close"), declared.headers().firstValue("connection"));
    // Without a Content-Length (chunked), the limit is found while reading.
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(server.url() + "/hubspot/webhooks"))
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)))
            .build();
    HttpResponse<String> response = send(chunked);
    assertEquals(413, response.statusCode());
    assertEquals("Request body over 4096 bytes", response.body());
    assertTrue(dispatched.isEmpty());
    assertEquals(2, log.refusedCount());
    assertEquals(200, send(signed("/hubspot/webhooks", new byte[LIMIT], SECRET)).statusCode());
  }

  /**
   * A body without a length far over the limit is read only so far: the server may close the
   * connection before the client has sent it all, so the client sees the 413 or a closed
   * connection; nothing is dispatched either way, the refusal is logged, and the server goes on.
   */
  @Test
  void aBodyFarOverTheLimitIsNotReadWhole() throws Exception {
    byte[] huge = new byte[LIMIT + 1024 * 1024];
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(server.url() + "/hubspot/webhooks"))
            .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
            .build();
    try {
      assertEquals(413, send(chunked).statusCode());
    } catch (IOException closed) {
      // the server closed the connection while the client was still sending
    }
    assertTrue(dispatched.isEmpty());
    assertEquals(1, log.refusedCount());
    assertEquals(200, send(signed("/hubspot/webhooks", new byte[LIMIT], SECRET)).statusCode());
  }

  @Test
  void aPathNoEndpointServesIsNotRoutedToTheServlet() throws Exception {
    for (String path : List.of("/hubspot/webhooks/extra", "/elsewhere", "/hubspot")) {
      assertEquals(
          404,
          send(HttpRequest.newBuilder(URI.create(server.url() + path)).build()).statusCode(),
          path);
    }
    // Outside the context path, Jetty answers without the application.
    HttpResponse<String> outside =
        send(
            HttpRequest.newBuilder(
                    URI.create(server.url().replace("/app", "") + "/hubspot/webhooks"))
                .build());
    assertEquals(404, outside.statusCode());
    assertTrue(dispatched.isEmpty());
  }

  @Test
  void aHandlerThatThrowsGives500WithoutAStackTrace() throws Exception {
    HttpResponse<String> response = send(signed("/hubspot/failing", new byte[0], SECRET));
    assertEquals(500, response.statusCode());
    assertEquals("Internal error", response.body());
    assertFalse(response.body().contains("hunter2"));
    assertEquals(1, log.failedCount());
  }

  /**
   * Signatures are over the URL as sent, so the endpoints get the target unchanged, escapes and
   * all.
   */
  @Test
  void endpointsSeeTheRawTargetAfterTheContextPath() throws Exception {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(server.url() + "/a%3Ab?q=x%2Cy%20z"))
                .method("PUT", BodyPublishers.ofString("x"))
                .build());
    assertEquals(204, response.statusCode());
    assertEquals("PUT", response.headers().firstValue("X-Seen").orElseThrow());
    assertEquals(List.of("/a%3Ab?q=x%2Cy%20z"), targets);
  }

  @Test
  void registeringTwiceOrOverAnotherServletIsAnError() throws Exception {
    HubSpotEndpoint ok = request -> HubSpotResponse.empty(204);
    HubSpotEndpoints endpoints =
        HubSpotEndpoints.of(Map.of("/hubspot/webhooks", ok), new RequestLog());
    List<String> failures = new CopyOnWriteArrayList<>();
    Server jetty = new Server(0);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServletContainerInitializer(
        (classes, servletContext) -> {
          HubSpotServlet.register(servletContext, "hubspot", endpoints);
          for (String name : List.of("hubspot", "other")) {
            try {
              HubSpotServlet.register(servletContext, name, endpoints);
            } catch (IllegalStateException e) {
              failures.add(e.getMessage());
            }
          }
        });
    jetty.setHandler(context);
    jetty.start();
    jetty.stop();
    assertEquals(
        List.of(
            "a servlet named hubspot is already registered",
            "HubSpot endpoints cannot be served at [/hubspot/webhooks]: another servlet is mapped there"),
        failures);
    assertThrows(IllegalArgumentException.class, () -> new HubSpotServlet(endpoints, 0));
  }

  @Test
  void mappingsAreTheDecodedPaths() {
    HubSpotEndpoint ok = request -> HubSpotResponse.empty(204);
    Map<String, HubSpotEndpoint> byPath = new LinkedHashMap<>();
    byPath.put("/hubspot/webhooks", ok);
    byPath.put("/a%3Ab", ok);
    assertEquals(
        Set.of("/hubspot/webhooks", "/a:b"),
        new HubSpotServlet(HubSpotEndpoints.of(byPath, new RequestLog())).mappings());
  }

  private HttpRequest signed(String target, byte[] body, String secret) {
    return HubSpotSigning.signed(
        server.url(), PUBLIC_BASE, "POST", target, body, secret, System.currentTimeMillis());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, BodyHandlers.ofString());
  }
}
