package io.github.hubspotapt.runtime.event;

import io.github.hubspotapt.runtime.http.ApiRequests;
import io.github.hubspotapt.runtime.http.JsonText;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Objects;

/**
 * Builds the requests that send app event occurrences to HubSpot (app events API, 2026-03): {@code
 * POST /integrators/timeline/2026-03/events} with one occurrence, or {@code .../events/batch} with
 * {@code {"inputs": [...]}}. The access token is the installed account's (scope {@code timeline}).
 * Sending is the caller's, with any {@link java.net.http.HttpClient}: occurrences cannot be changed
 * once HubSpot has them, so a request that failed without an answer may be sent again with the same
 * ids, which HubSpot accepts once.
 */
public final class AppEvents {

  /** HubSpot's API. */
  public static final URI HUBSPOT_API = URI.create("https://api.hubapi.com");

  /** The path of one occurrence. */
  public static final String EVENTS_PATH = "/integrators/timeline/2026-03/events";

  /** The path of a batch. */
  public static final String BATCH_PATH = EVENTS_PATH + "/batch";

  private final String base;

  /** Requests to HubSpot's API. */
  public AppEvents() {
    this(HUBSPOT_API);
  }

  /**
   * Requests to another base URI: a test server, a proxy.
   *
   * @param baseUri scheme, host, port and an optional path prefix ({@code http://127.0.0.1:8080})
   * @throws IllegalArgumentException if it is not http(s), or has a query or fragment
   */
  public AppEvents(URI baseUri) {
    this.base = ApiRequests.base(baseUri);
  }

  /**
   * The request that sends one occurrence.
   *
   * @param occurrence the occurrence
   * @param accessToken the account's OAuth access token; written nowhere but the header
   * @return the request
   * @throws IllegalArgumentException for a token an HTTP header cannot carry
   */
  public HttpRequest send(EventOccurrence occurrence, String accessToken) {
    return ApiRequests.postJson(base, EVENTS_PATH, occurrence.json(), accessToken);
  }

  /**
   * The request that sends several occurrences at once, of one event type or several.
   *
   * @param occurrences the occurrences, in the order to send
   * @param accessToken the account's OAuth access token
   * @return the request
   * @throws IllegalArgumentException for no occurrences, or a token an HTTP header cannot carry
   */
  public HttpRequest sendAll(List<EventOccurrence> occurrences, String accessToken) {
    return ApiRequests.postJson(base, BATCH_PATH, batchJson(occurrences), accessToken);
  }

  /**
   * The JSON body of a batch: {@code {"inputs": [...]}}, one object per occurrence as {@link
   * EventOccurrence#json()}.
   *
   * @param occurrences the occurrences, in the order to send
   * @return the JSON text
   * @throws IllegalArgumentException for no occurrences
   */
  public static String batchJson(List<EventOccurrence> occurrences) {
    if (occurrences.isEmpty()) {
      throw new IllegalArgumentException("no occurrences to send");
    }
    return JsonText.of(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("inputs");
          for (EventOccurrence occurrence : occurrences) {
            Objects.requireNonNull(occurrence, "occurrences contains null").write(json);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }
}
