package io.github.hubspotapt.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The answer to a {@link HubSpotRequest}: a status, a content type (null without a body) and the body. HubSpot
 * decides by the status whether it retries (webhooks: any non-2xx; workflow actions: 429 and 5xx), so every refusal
 * and failure has its status here, and a body never carries a stack trace.
 *
 * @param status the HTTP status
 * @param contentType the body's media type; null when the body is empty
 * @param body the body; empty for none
 */
public record HubSpotResponse(int status, String contentType, byte[] body) {

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
   * A plain-text response that says what was wrong with a request, for the person reading HubSpot's delivery log.
   *
   * @param status the HTTP status
   * @param message what was wrong, without secrets
   * @return the response
   */
  public static HubSpotResponse text(int status, String message) {
    return new HubSpotResponse(status, TEXT, message.getBytes(StandardCharsets.UTF_8));
  }

  /** The body as UTF-8 text, for tests and logs. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
