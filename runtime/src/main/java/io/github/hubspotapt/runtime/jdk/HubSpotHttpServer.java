package io.github.hubspotapt.runtime.jdk;

import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.webhook.WebhookLimits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An app's {@link HubSpotEndpoints} served by the JDK's own HTTP server ({@code
 * com.sun.net.httpserver}, module {@code jdk.httpserver}): on a server the application already runs
 * ({@link #register}), or on one of its own ({@link #start}). One context per endpoint path; the
 * adapter only moves bytes, so what the endpoints answer is what HubSpot gets, and a stack trace
 * never reaches it.
 *
 * <p>A body is read up to the smaller of the endpoint's own limit ({@link
 * HubSpotEndpoint#maxBodyBytes()}) and the server's ceiling ({@link #DEFAULT_MAX_BODY_BYTES} unless
 * given); a larger one is answered 413 before the endpoint sees it, and no more of it than the
 * limit and one byte is read into memory.
 */
public final class HubSpotHttpServer implements AutoCloseable {

  /**
   * The default ceiling on a request body: {@link WebhookLimits#HUBSPOT_MAX_BODY_BYTES}, 20 MiB,
   * the largest limit of any endpoint the generated code builds. Below it each endpoint's own
   * {@link HubSpotEndpoint#maxBodyBytes()} decides: a webhook batch is read up to 20 MiB (100
   * events, each with a property value of up to 65,536 characters, are megabytes), a
   * workflow-action or options request up to 1 MiB.
   */
  public static final int DEFAULT_MAX_BODY_BYTES = WebhookLimits.HUBSPOT_MAX_BODY_BYTES;

  /**
   * Threads of a server {@link #start} makes: HubSpot sends at most 10 concurrent webhook requests
   * per account by default and 20 {@code hubspot.fetch} calls; more wait in the queue.
   */
  static final int THREADS = 20;

  private final HttpServer server;
  private final ExecutorService executor;

  private HubSpotHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Serves the endpoints on a server, with the default body ceiling: each endpoint's own limit.
   *
   * @param server a server, started or not
   * @param endpoints the app's endpoints
   * @throws IllegalArgumentException when the server already has a context at an endpoint's path
   */
  public static void register(HttpServer server, HubSpotEndpoints endpoints) {
    register(server, endpoints, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Serves the endpoints on a server.
   *
   * @param server a server, started or not
   * @param endpoints the app's endpoints
   * @param maxBodyBytes the ceiling on every endpoint's body: a body is read up to the smaller of
   *     this and the endpoint's own limit, and a larger one is answered 413 and nothing is
   *     dispatched; a ceiling above an endpoint's own limit does not raise it
   * @throws IllegalArgumentException when the limit is not positive, or the server already has a
   *     context at an endpoint's path
   */
  public static void register(HttpServer server, HubSpotEndpoints endpoints, int maxBodyBytes) {
    if (maxBodyBytes <= 0 || maxBodyBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be between 1 and "
              + (Integer.MAX_VALUE - 1)
              + ", not "
              + maxBodyBytes);
    }
    HubSpotHttpHandler handler = new HubSpotHttpHandler(endpoints, maxBodyBytes);
    Set<String> contexts = new LinkedHashSet<>();
    for (String path : endpoints.paths()) {
      contexts.add(contextPath(path));
    }
    for (String context : contexts) {
      server.createContext(context, handler);
    }
  }

  /**
   * The JDK matches contexts against the decoded path, while endpoints are declared, and matched,
   * as sent: a path with escapes ({@code /a%3Ab}) gets the context of its decoded form ({@code
   * /a:b}).
   */
  private static String contextPath(String path) {
    try {
      String decoded = URI.create(path).getPath();
      return decoded == null || decoded.isEmpty() ? path : decoded;
    } catch (IllegalArgumentException e) {
      return path; // not a URI path: no request can match it exactly, and the context is as
      // harmless as any
    }
  }

  /**
   * Starts a server of its own, with the default body ceiling: each endpoint's own limit.
   *
   * @param address where to listen; port 0 picks a free port ({@link #address()} tells which)
   * @param endpoints the app's endpoints
   * @return the running server
   * @throws IOException when the address cannot be bound
   */
  public static HubSpotHttpServer start(InetSocketAddress address, HubSpotEndpoints endpoints)
      throws IOException {
    return start(address, endpoints, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Starts a server of its own.
   *
   * @param address where to listen; port 0 picks a free port ({@link #address()} tells which)
   * @param endpoints the app's endpoints
   * @param maxBodyBytes the ceiling on every endpoint's body: a body is read up to the smaller of
   *     this and the endpoint's own limit, and a larger one is answered 413 and nothing is
   *     dispatched; a ceiling above an endpoint's own limit does not raise it
   * @return the running server
   * @throws IOException when the address cannot be bound
   */
  public static HubSpotHttpServer start(
      InetSocketAddress address, HubSpotEndpoints endpoints, int maxBodyBytes) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    register(server, endpoints, maxBodyBytes);
    AtomicInteger count = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            THREADS,
            task -> {
              Thread thread = new Thread(task, "hubspot-http-" + count.incrementAndGet());
              thread.setDaemon(
                  true); // the server's own dispatcher thread keeps the JVM alive, until close()
              return thread;
            });
    server.setExecutor(executor);
    server.start();
    return new HubSpotHttpServer(server, executor);
  }

  /** The address listened on, with the port chosen for port 0. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The JDK's server, to add contexts of the application's own. */
  public HttpServer httpServer() {
    return server;
  }

  /**
   * Stops listening at once, cutting exchanges in progress (HubSpot retries them), and ends the
   * threads.
   */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
