package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token and refresh requests of the generated helper, sent with the JDK's HTTP client to a real
 * HTTP server on 127.0.0.1 that stands in for HubSpot's token endpoint.
 */
class OAuthTokenRequestTest {

  private static final String REDIRECT = "https://example.com/oauth/callback";
  private static final String SECRET = "s3cr3t+/&=";

  private static GeneratedHelper helper;

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final HttpClient client =
      HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
  private HttpServer server;
  private Object oauth;

  /** What the stand-in token endpoint saw of one request. */
  private record Received(
      String method, String path, String query, String contentType, String body) {}

  @BeforeAll
  static void compileHelper() {
    helper = GeneratedHelper.compile("test.TestAppOAuth", AppSource.valid().build());
  }

  @BeforeEach
  void startTokenEndpoint() throws IOException {
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
    server.createContext("/", this::tokenEndpoint);
    server.start();
    URI local = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    oauth = helper.at(URI.create("http://127.0.0.1:1"), local);
  }

  @AfterEach
  void stopTokenEndpoint() {
    server.stop(0);
  }

  private void tokenEndpoint(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(
        new Received(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            body));
    byte[] response =
        "{\"access_token\":\"a\",\"refresh_token\":\"r\",\"expires_in\":1800}"
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, response.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(response);
    }
  }

  /**
   * Sends the request and asserts that it arrived as a form POST to the token endpoint, without a
   * query.
   */
  private Received sendForm(HttpRequest request) throws Exception {
    Received got = send(request);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/oauth/2026-03/token");
    assertThat(got.query()).isNull();
    assertThat(got.contentType()).isEqualTo("application/x-www-form-urlencoded");
    return got;
  }

  @Test
  void tokenRequestPostsTheCodeExchangeFormToTheTokenEndpoint() throws Exception {
    HttpRequest request =
        helper.tokenRequest(oauth, "client id/1", SECRET, REDIRECT, "code with spaces&x=é");

    Received got = sendForm(request);

    assertThat(fields(got.body()))
        .containsExactly(
            Map.entry("grant_type", "authorization_code"),
            Map.entry("client_id", "client id/1"),
            Map.entry("client_secret", SECRET),
            Map.entry("redirect_uri", REDIRECT),
            Map.entry("code", "code with spaces&x=é"))
        .inOrder();
    assertThat(got.body())
        .isEqualTo(
            "grant_type=authorization_code&client_id=client%20id%2F1"
                + "&client_secret=s3cr3t%2B%2F%26%3D&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fcallback"
                + "&code=code%20with%20spaces%26x%3D%C3%A9");
  }

  @Test
  void thePkceCodeExchangeAddsTheVerifierLast() throws Exception {
    String verifier = helper.newCodeVerifier();
    HttpRequest request =
        helper.tokenRequest(oauth, "client-id", SECRET, REDIRECT, "code-1", verifier);

    Received got = sendForm(request);

    assertThat(fields(got.body()))
        .containsExactly(
            Map.entry("grant_type", "authorization_code"),
            Map.entry("client_id", "client-id"),
            Map.entry("client_secret", SECRET),
            Map.entry("redirect_uri", REDIRECT),
            Map.entry("code", "code-1"),
            Map.entry("code_verifier", verifier))
        .inOrder();
    assertThat(got.body()).endsWith("&code=code-1&code_verifier=" + verifier);
  }

  @Test
  void refreshRequestPostsTheRefreshFormToTheTokenEndpoint() throws Exception {
    HttpRequest request = helper.refreshRequest(oauth, "client-id", SECRET, "refresh/token+1");

    Received got = sendForm(request);

    assertThat(fields(got.body()))
        .containsExactly(
            Map.entry("grant_type", "refresh_token"),
            Map.entry("client_id", "client-id"),
            Map.entry("client_secret", SECRET),
            Map.entry("refresh_token", "refresh/token+1"))
        .inOrder();
  }

  @Test
  void theSecretTravelsInTheBodyOnly() {
    HttpRequest token = helper.tokenRequest(oauth, "client-id", SECRET, REDIRECT, "code");
    HttpRequest refresh = helper.refreshRequest(oauth, "client-id", SECRET, "refresh-token");

    for (HttpRequest request : List.of(token, refresh)) {
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.uri().toString())
          .isEqualTo("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/2026-03/token");
      assertThat(request.toString()).doesNotContain("s3cr3t");
      assertThat(request.headers().toString()).doesNotContain("s3cr3t");
      assertThat(request.headers().firstValue("Accept")).hasValue("application/json");
    }
  }

  @Test
  void theUsTokenEndpointIsHubSpotsApiHost() {
    HttpRequest request =
        helper.refreshRequest(helper.dataCentre("us"), "client-id", SECRET, "refresh-token");

    assertThat(request.uri()).isEqualTo(URI.create("https://api.hubapi.com/oauth/2026-03/token"));
  }

  private Received send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    Received got = received.poll(10, TimeUnit.SECONDS);
    assertThat(got).isNotNull();
    assertThat(received).isEmpty();
    return got;
  }

  /** The fields of a form body, decoded, in order. */
  private static List<Map.Entry<String, String>> fields(String body) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      fields.add(
          Map.entry(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
    }
    return fields;
  }
}
