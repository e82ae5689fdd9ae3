package io.github.hubspotapt.runtime.servlet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A reverse proxy on 127.0.0.1, as a TLS-terminating load balancer or ingress is in front of an
 * application: every request is forwarded to the backend with a path prefix of the backend's added
 * ({@code /hubspot/webhooks} becomes {@code http://127.0.0.1:port/internal/hubspot/webhooks}) and
 * the {@code X-Forwarded-*} headers set; the answer comes back unchanged.
 */
public final class ReverseProxy implements AutoCloseable {

  /** Hop-by-hop headers and those the JDK's client and server set themselves. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "host",
          "content-length",
          "connection",
          "expect",
          "upgrade",
          "transfer-encoding",
          "keep-alive",
          "date");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String backend;

  private ReverseProxy(String backend) throws IOException {
    this.backend = backend;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::forward);
    server.start();
  }

  /**
   * Starts a proxy.
   *
   * @param backend where requests go, with the prefix added to their paths ({@code
   *     http://127.0.0.1:8080/internal})
   * @return the running proxy
   */
  public static ReverseProxy start(String backend) throws IOException {
    return new ReverseProxy(backend);
  }

  /** The proxy's own base URL: {@code http://127.0.0.1:port}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(backend + exchange.getRequestURI().toString()))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
          header.getValue().forEach(value -> request.header(header.getKey(), value));
        }
      }
      request
          .header("X-Forwarded-Proto", "https")
          .header("X-Forwarded-Host", exchange.getRequestHeaders().getFirst("Host"))
          .header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
