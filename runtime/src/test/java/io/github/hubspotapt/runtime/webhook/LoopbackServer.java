package io.github.hubspotapt.runtime.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A real HTTP server on 127.0.0.1 and a free port, handing every request to one endpoint: the
 * test's own adapter from {@link HttpExchange} to {@link HubSpotRequest} (the production adapter is
 * not this test's subject).
 */
final class LoopbackServer implements AutoCloseable {

  static {
    // Without TCP_NODELAY the JDK's server writes a small response in two segments, and the
    // client's delayed ACK holds
    // the second for 40 ms: a corpus of 1,800 requests would take over a minute. Read once, at the
    // server's first use.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;

  LoopbackServer(HubSpotEndpoint endpoint) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            respond(exchange, endpoint.handle(request(exchange)));
          }
        });
    server.start();
  }

  /** The URL of a path on this server. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static HubSpotRequest request(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String target =
        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return HubSpotRequest.of(
        exchange.getRequestMethod(), target, exchange.getRequestHeaders(), body);
  }

  private static void respond(HttpExchange exchange, HubSpotResponse response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    if (response.contentType() != null) {
      exchange.getResponseHeaders().add("Content-Type", response.contentType());
    }
    boolean noBody = response.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }
}
