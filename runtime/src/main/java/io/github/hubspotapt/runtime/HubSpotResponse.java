package io.github.hubspotapt.runtime;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a {@link HubSpotRequest}: a status, a content type (null without a body), the body
 * and any further headers ({@code Allow} on a 405). HubSpot decides by the status whether it
 * retries (webhooks: any non-2xx; workflow actions: 429 and 5xx), so every refusal and failure has
 * its status here, and a body never carries a stack trace.
 *
 * @param status the HTTP status
 * @param contentType the body's media type; null when the body is empty
 * @param body the body; empty for none
 * @param headers further headers by name, without {@code Content-Type}; an adapter writes each one
 */
public record HubSpotResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {

  /** A response as given, its headers copied. */
  public HubSpotResponse {
    headers = Map.copyOf(headers);
  }

  /**
   * A response without further headers.
   *
   * @param status the HTTP status
   * @param contentType the body's media type; null when the body is empty
   * @param body the body; empty for none
   */
  public HubSpotResponse(int status, String contentType, byte[] body) {
    this(status, contentType, body, Map.of());
  }

  private static final String JSON = "application/json; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";

  /**
   * A response without a body.
   *
   * @param status the HTTP status
   * @return the response
   */
  public static HubSpotResponse empty(int status) {
    return new HubSpotResponse(status, null, new byte[0]);
  }

  /**
   * A JSON response.
   *
   * @param status the HTTP status
   * @param json the JSON text
   * @return the response
   */
  public static HubSpotResponse json(int status, String json) {
    return new HubSpotResponse(status, JSON, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A plain-text response that says what was wrong with a request, for the person reading HubSpot's
   * delivery log.
   *
   * @param status the HTTP status
   * @param message what was wrong, without secrets
   * @return the response
   */
  public static HubSpotResponse text(int status, String message) {
    return new HubSpotResponse(status, TEXT, message.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * This response with one more header.
   *
   * @param name the header's name ({@code Allow})
   * @param value its value
   * @return the response
   */
  public HubSpotResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new HubSpotResponse(status, contentType, body, more);
  }

  /** The body as UTF-8 text, for tests and logs. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
