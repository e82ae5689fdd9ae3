package io.github.hubspotapt.runtime.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Moves one exchange of the JDK's HTTP server into {@link HubSpotEndpoints} and the answer back.
 * The JDK hands a context every path below it, so a path no endpoint serves goes to the endpoints'
 * own 404 with its body unread; a body over the limit (the endpoint's own, or the server's ceiling
 * when smaller) is answered 413 and nothing is dispatched.
 */
final class HubSpotHttpHandler implements HttpHandler {

  /**
   * How much of a refused body is read to answer it cleanly: more than HubSpot sends in any
   * request.
   */
  private static final long DRAINED = 32L << 20;

  private final HubSpotEndpoints endpoints;

  /** The ceiling on every endpoint's own limit. */
  private final int ceiling;

  HubSpotHttpHandler(HubSpotEndpoints endpoints, int ceiling) {
    this.endpoints = endpoints;
    this.ceiling = ceiling;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String target = target(exchange.getRequestURI());
      HubSpotRequest unread = HubSpotRequest.of(method, target, exchange.getRequestHeaders(), null);
      HubSpotEndpoint endpoint = endpoints.endpoint(unread.path());
      if (endpoint == null) {
        send(exchange, endpoints.handle(unread));
        return;
      }
      int maxBodyBytes = Math.min(ceiling, endpoint.maxBodyBytes());
      byte[] body = readBody(exchange, maxBodyBytes);
      if (body == null) {
        endpoints.log().refused(unread, 413, "request body over " + maxBodyBytes + " bytes");
        send(exchange, HubSpotResponse.text(413, "Request body over " + maxBodyBytes + " bytes"));
        return;
      }
      send(
          exchange,
          endpoints.handle(HubSpotRequest.of(method, target, exchange.getRequestHeaders(), body)));
    }
  }

  /**
   * Path and query as sent: signatures are over the URL HubSpot called, escapes and all. The JDK's
   * server reads the request line as ISO-8859-1, one char per byte, while HubSpot signs the URL as
   * UTF-8 (and Jetty reads it so): a target with raw bytes over 0x7F is turned back into the bytes
   * sent and read as UTF-8, so that the verifier signs what was on the wire.
   */
  private static String target(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    return isAscii(target)
        ? target
        : new String(target.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /**
   * The body, or null when it is over the limit: by its declared length, else while reading. The
   * rest of a body over the limit is read and dropped (up to {@link #DRAINED} bytes), because the
   * JDK's server closes a connection whose request it did not read, and the client then loses the
   * 413 that was already on its way.
   */
  private static byte[] readBody(HttpExchange exchange, int maxBodyBytes) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      if (declaredLength(exchange) > maxBodyBytes) {
        drain(in);
        return null;
      }
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        drain(in);
        return null;
      }
      return body;
    }
  }

  /**
   * Reads and drops what is left of a body, at most {@link #DRAINED} bytes; a larger one loses its
   * connection.
   */
  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = DRAINED;
    for (int read;
        left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
      left -= read;
    }
  }

  /**
   * The Content-Length header; -1 without one (a chunked body), or for one the JDK's server did not
   * read either.
   */
  private static long declaredLength(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void send(HttpExchange exchange, HubSpotResponse response) throws IOException {
    if (response.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    byte[] body = response.body();
    boolean none = body.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(response.status(), none ? -1 : body.length);
    if (!none) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
