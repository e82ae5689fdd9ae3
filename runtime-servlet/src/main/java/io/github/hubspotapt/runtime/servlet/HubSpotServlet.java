package io.github.hubspotapt.runtime.servlet;

import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.jdk.HubSpotHttpServer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An app's {@link HubSpotEndpoints} served by any Jakarta Servlet 6 container. The servlet routes
 * by the request's path after the context path, which must be the path of the declared URL: map it
 * at {@link HubSpotEndpoints#paths()} ({@link #register} does), under any context path.
 * Verification is against the declared public URL, never the URL the container saw, so a proxy may
 * change scheme, host, port and a path prefix in front of the application.
 *
 * <p>Every method reaches the endpoints, which answer 405 themselves; a body over the limit is 413
 * and nothing is dispatched; a response never carries a stack trace. The limit is the endpoint's
 * own ({@link HubSpotEndpoint#maxBodyBytes()}: 20 MiB for a webhook batch, 1 MiB for a
 * workflow-action or options request), or the servlet's ceiling when that is smaller.
 */
public final class HubSpotServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * The default ceiling on a request body, the JDK adapter's: 20 MiB, the largest limit of any
   * endpoint the generated code builds, so that each endpoint's own limit decides.
   */
  public static final int DEFAULT_MAX_BODY_BYTES = HubSpotHttpServer.DEFAULT_MAX_BODY_BYTES;

  /**
   * How much of a body without a length is still read, and dropped, once it is over the limit
   * ({@link #readBody}): enough for a body a little too large to end cleanly, not a way to make the
   * server read a large one.
   */
  private static final int DRAINED_BYTES = 64 * 1024;

  // Transient: a container that serializes servlets (none of the current ones does) gets a fresh
  // registration instead.
  private final transient HubSpotEndpoints endpoints;

  /** The ceiling on every endpoint's own limit. */
  private final int ceiling;

  /**
   * A servlet with the default body ceiling: each endpoint's own limit.
   *
   * @param endpoints the app's endpoints
   */
  public HubSpotServlet(HubSpotEndpoints endpoints) {
    this(endpoints, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * A servlet.
   *
   * @param endpoints the app's endpoints
   * @param maxBodyBytes the ceiling on every endpoint's body: a body is read up to the smaller of
   *     this and the endpoint's own limit, and a larger one is answered 413 and nothing is
   *     dispatched; a ceiling above an endpoint's own limit does not raise it
   * @throws IllegalArgumentException when the ceiling is not positive
   */
  public HubSpotServlet(HubSpotEndpoints endpoints, int maxBodyBytes) {
    if (maxBodyBytes <= 0 || maxBodyBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be between 1 and "
              + (Integer.MAX_VALUE - 1)
              + ", not "
              + maxBodyBytes);
    }
    this.endpoints = endpoints;
    this.ceiling = maxBodyBytes;
  }

  /**
   * Adds a servlet serving the endpoints to a container, mapped at their paths, with the default
   * body ceiling: from a {@code ServletContainerInitializer}, or a listener declared in {@code
   * web.xml} or with {@code @WebListener}.
   *
   * @param context the application's servlet context, not yet initialized
   * @param name the servlet's name, unique in the application
   * @param endpoints the app's endpoints
   * @return the registration, to set more on it
   * @throws IllegalStateException when the name is taken or another servlet is mapped at an
   *     endpoint's path
   */
  public static ServletRegistration.Dynamic register(
      ServletContext context, String name, HubSpotEndpoints endpoints) {
    return register(context, name, new HubSpotServlet(endpoints));
  }

  /**
   * Adds a servlet to a container, mapped at the paths of its endpoints.
   *
   * @param context the application's servlet context, not yet initialized
   * @param name the servlet's name, unique in the application
   * @param servlet the servlet
   * @return the registration, to set more on it
   * @throws IllegalStateException when the name is taken or another servlet is mapped at an
   *     endpoint's path
   */
  public static ServletRegistration.Dynamic register(
      ServletContext context, String name, HubSpotServlet servlet) {
    ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
    if (registration == null) {
      throw new IllegalStateException("a servlet named " + name + " is already registered");
    }
    Set<String> conflicts = registration.addMapping(servlet.mappings().toArray(String[]::new));
    if (!conflicts.isEmpty()) {
      throw new IllegalStateException(
          "HubSpot endpoints cannot be served at "
              + conflicts
              + ": another servlet is mapped there");
    }
    registration.setLoadOnStartup(1);
    return registration;
  }

  /**
   * The URL patterns that serve the endpoints: one exact pattern per path, which takes precedence
   * over a servlet at {@code /} (Spring's {@code DispatcherServlet}). Containers match patterns
   * against the decoded path while endpoints are declared, and matched, as sent: a path with
   * escapes ({@code /a%3Ab}) is mapped at its decoded form.
   *
   * @return the patterns, in the endpoints' order
   */
  public Set<String> mappings() {
    Set<String> patterns = new LinkedHashSet<>();
    for (String path : endpoints.paths()) {
      patterns.add(decoded(path));
    }
    return patterns;
  }

  private static String decoded(String path) {
    try {
      String decoded = URI.create(path).getPath();
      return decoded == null ? path : decoded;
    } catch (IllegalArgumentException e) {
      return path; // not a URI path: no request can match it exactly, and the pattern is as
      // harmless as any
    }
  }

  /**
   * The endpoints served.
   *
   * @return the endpoints this servlet hands each request to
   */
  public HubSpotEndpoints endpoints() {
    return endpoints;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    String target = target(request);
    Map<String, List<String>> headers = headers(request);
    HubSpotRequest unread = HubSpotRequest.of(method, target, headers, null);
    HubSpotEndpoint endpoint = endpoints.endpoint(unread.path());
    if (endpoint == null) {
      send(request, response, endpoints.handle(unread));
      return;
    }
    int maxBodyBytes = Math.min(ceiling, endpoint.maxBodyBytes());
    byte[] body;
    try {
      body = readBody(request, maxBodyBytes);
    } catch (IOException e) {
      // The client went away or sent a broken body: answered here, so the container shows no error
      // page of its own.
      endpoints.log().refused(unread, 400, "request body could not be read");
      send(request, response, HubSpotResponse.text(400, "Request body could not be read"));
      return;
    }
    if (body == null) {
      endpoints.log().refused(unread, 413, "request body over " + maxBodyBytes + " bytes");
      // The rest of the body is not read, so the connection cannot carry another request: a client
      // that reused it would find it closed (CI saw HttpClient fail so on the request after a
      // chunked body far over the limit).
      response.setHeader("Connection", "close");
      send(
          request,
          response,
          HubSpotResponse.text(413, "Request body over " + maxBodyBytes + " bytes"));
      return;
    }
    send(request, response, endpoints.handle(HubSpotRequest.of(method, target, headers, body)));
  }

  /**
   * Path after the context path, and query, as sent: signatures are over the URL HubSpot called,
   * escapes and all, and containers decode neither the request URI nor the query string.
   */
  private static String target(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path =
        !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    String query = request.getQueryString();
    return query == null ? path : path + "?" + query;
  }

  private static Map<String, List<String>> headers(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return headers;
  }

  /**
   * The body, or null when it is over the limit. A body over the limit by at most {@link
   * #DRAINED_BYTES}, by its declared length or found while reading one without, is read on and
   * dropped: a connection closed with request bytes still unread is reset, and the reset can reach
   * the client before the 413 does, which it then never sees (CI saw it for a declared body one
   * byte over). A body declared larger still is not read at all.
   */
  private static byte[] readBody(HttpServletRequest request, int maxBodyBytes) throws IOException {
    if (request.getContentLengthLong() > (long) maxBodyBytes + DRAINED_BYTES) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length <= maxBodyBytes) {
        return body;
      }
      byte[] dropped = new byte[8192];
      for (long left = DRAINED_BYTES; left > 0; ) {
        int read = in.read(dropped, 0, (int) Math.min(dropped.length, left));
        if (read < 0) {
          break;
        }
        left -= read;
      }
      return null;
    }
  }

  private static void send(
      HttpServletRequest request, HttpServletResponse response, HubSpotResponse answer)
      throws IOException {
    response.setStatus(answer.status());
    if (answer.contentType() != null) {
      response.setContentType(answer.contentType());
    }
    answer.headers().forEach(response::setHeader);
    byte[] body = answer.body();
    response.setContentLength(body.length);
    if (body.length > 0 && !request.getMethod().equalsIgnoreCase("HEAD")) {
      try (OutputStream out = response.getOutputStream()) {
        out.write(body);
      }
    }
  }
}
