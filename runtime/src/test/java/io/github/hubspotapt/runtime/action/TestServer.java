package io.github.hubspotapt.runtime.action;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A real HTTP server on 127.0.0.1 for tests: the JDK's server, with a test-only adapter from {@link
 * HttpExchange} to {@link HubSpotRequest} (the production adapter is not this module's part), and a
 * client to call it.
 */
final class TestServer implements AutoCloseable {

  static final String SIGNATURE_HEADER = "X-Test-Signature";
  static final String VALID_SIGNATURE = "signed-by-hubspot";

  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestServer(HttpServer server) {
    this.server = server;
  }

  static TestServer serving(String path, HubSpotEndpoint endpoint) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(path, exchange -> answer(exchange, endpoint));
    server.start();
    return new TestServer(server);
  }

  private static void answer(HttpExchange exchange, HubSpotEndpoint endpoint) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      URI uri = exchange.getRequestURI();
      String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      HubSpotResponse response =
          endpoint.handle(
              HubSpotRequest.of(
                  exchange.getRequestMethod(), target, exchange.getRequestHeaders(), body));
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      if (response.contentType() != null) {
        exchange.getResponseHeaders().add("Content-Type", response.contentType());
      }
      boolean bodyless = response.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.status(), bodyless ? -1 : response.body().length);
      if (!bodyless) {
        exchange.getResponseBody().write(response.body());
      }
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Sends a request signed the way the test verifier accepts. */
  HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
    return send("POST", path, body, true);
  }

  HttpResponse<String> send(String method, String path, byte[] body, boolean signed)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", "application/json");
    if (signed) {
      request.header(SIGNATURE_HEADER, VALID_SIGNATURE);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
