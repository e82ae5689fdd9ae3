package io.github.hubspotapt.runtime.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The base URI of HubSpot's API that a client is pointed at, and the JSON requests it sends there
 * with an account's access token: one place for the OAuth client, the callback sender and the app
 * events.
 */
public final class ApiRequests {

  private ApiRequests() {}

  /**
   * {@code baseUri} without its trailing slash, to append paths to.
   *
   * @throws IllegalArgumentException if it is not http(s), or has a query or fragment
   */
  public static String base(URI baseUri) {
    String scheme = Objects.requireNonNull(baseUri, "baseUri").getScheme();
    if ((!"https".equals(scheme) && !"http".equals(scheme))
        || baseUri.getRawQuery() != null
        || baseUri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URI must be http(s) without query or fragment: " + baseUri);
    }
    String text = baseUri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * A POST of {@code json} to {@code base + path}, authorized by {@code accessToken}.
   *
   * @throws IllegalArgumentException for a token an HTTP header cannot carry
   */
  public static HttpRequest postJson(String base, String path, String json, String accessToken) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + requireToken(accessToken))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
  }

  /** A bearer token is visible ASCII (RFC 6750); the message never shows the token. */
  private static String requireToken(String accessToken) {
    if (accessToken == null
        || accessToken.isEmpty()
        || !accessToken.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
      throw new IllegalArgumentException(
          "access token: empty, or characters an HTTP header cannot carry");
    }
    return accessToken;
  }
}
