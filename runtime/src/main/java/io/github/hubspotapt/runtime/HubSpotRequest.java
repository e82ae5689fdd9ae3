package io.github.hubspotapt.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as it reached the application, independent of the HTTP stack that received it:
 * method, request target (path and raw query, exactly as sent), headers (looked up in any letter
 * case, as HTTP allows) and the raw body. Signatures are computed over the raw bytes, so an adapter
 * hands over the body unread and unchanged.
 */
public final class HubSpotRequest {

  private final String method;
  private final String target;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private HubSpotRequest(
      String method, String target, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.target = target;
    this.headers = headers;
    this.body = body;
  }

  /**
   * A request.
   *
   * @param method the HTTP method, as sent ({@code POST})
   * @param target the request target: the path with the query, still percent-encoded as sent
   *     ({@code /hubspot/webhooks?x=1})
   * @param headers the headers by name, in any letter case
   * @param body the raw body; empty for none
   * @return the request
   */
  public static HubSpotRequest of(
      String method, String target, Map<String, List<String>> headers, byte[] body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    Map<String, List<String>> byLowerCase = new TreeMap<>();
    headers.forEach(
        (name, values) -> {
          if (name != null && values != null) {
            byLowerCase
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new java.util.ArrayList<>())
                .addAll(values);
          }
        });
    return new HubSpotRequest(
        method,
        target,
        Collections.unmodifiableMap(byLowerCase),
        body == null ? new byte[0] : body);
  }

  /** The HTTP method, as sent. */
  public String method() {
    return method;
  }

  /** The request target: path and query, percent-encoded as sent. */
  public String target() {
    return target;
  }

  /** The path of the request target, without the query, percent-encoded as sent. */
  public String path() {
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  /**
   * The query of the request target, percent-encoded as sent, without its {@code ?}; null for none.
   */
  public String rawQuery() {
    int query = target.indexOf('?');
    return query < 0 ? null : target.substring(query + 1);
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, in any letter case
   * @return its first value, or null when the request does not have it
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The raw body. The array is the request's own, not a copy: verification and parsing read it
   * without copying megabytes per request; nothing in this library writes to it.
   */
  public byte[] body() {
    return body;
  }

  /** Method and path only: headers and body may carry signatures and personal data. */
  @Override
  public String toString() {
    return method + " " + path();
  }
}
