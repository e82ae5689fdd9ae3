package io.github.hubspotapt.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An app's endpoints by the path of the URL HubSpot calls: the one entry point any HTTP stack hands
 * its requests to. The code generated for an app builds it with every declared URL and its
 * handlers; an adapter (the JDK's HTTP server, a servlet, Spring) only moves bytes. A path no
 * endpoint serves is 404, and nothing an endpoint does escapes as an exception.
 */
public final class HubSpotEndpoints implements HubSpotEndpoint {

  private final Map<String, HubSpotEndpoint> byPath;
  private final RequestLog log;

  private HubSpotEndpoints(Map<String, HubSpotEndpoint> byPath, RequestLog log) {
    this.byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
    this.log = log;
  }

  /**
   * The endpoints.
   *
   * @param byPath each endpoint by the path it is served at ({@code /hubspot/webhooks})
   * @param log where refused and failed requests are told
   * @return the entry point
   */
  public static HubSpotEndpoints of(Map<String, HubSpotEndpoint> byPath, RequestLog log) {
    return new HubSpotEndpoints(byPath, log);
  }

  /** The paths served, in declaration order. */
  public Set<String> paths() {
    return byPath.keySet();
  }

  /**
   * The endpoint at a path.
   *
   * @param path a path, as {@link #paths()} lists it
   * @return the endpoint, or null
   */
  public HubSpotEndpoint endpoint(String path) {
    return byPath.get(path);
  }

  /**
   * Where refused and failed requests are told; adapters tell it what they refuse themselves (an
   * oversized body).
   */
  public RequestLog log() {
    return log;
  }

  /** The largest of its endpoints' limits: the largest body one of them accepts. */
  @Override
  public int maxBodyBytes() {
    int largest = 1;
    for (HubSpotEndpoint endpoint : byPath.values()) {
      largest = Math.max(largest, endpoint.maxBodyBytes());
    }
    return largest;
  }

  @Override
  public HubSpotResponse handle(HubSpotRequest request) {
    HubSpotEndpoint endpoint = byPath.get(request.path());
    if (endpoint == null) {
      log.refused(request, 404, "no HubSpot endpoint is declared at this path");
      return HubSpotResponse.text(404, "Not found");
    }
    try {
      return endpoint.handle(request);
    } catch (RuntimeException | Error e) {
      // An endpoint answers failures itself; this is the last line, so that a stack trace never
      // reaches HubSpot.
      log.failed(request, e);
      return HubSpotResponse.text(500, "Internal error");
    }
  }
}
