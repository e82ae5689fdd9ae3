package io.github.hubspotapt.runtime;

/**
 * What answers the requests HubSpot sends to one URL the project declares (a webhooks {@code
 * targetUrl}, a workflow action's {@code actionUrl} or {@code optionsUrl}). An endpoint verifies a
 * request before it reads it, dispatches nothing for a refused one, and never throws: a failure is
 * a status.
 */
@FunctionalInterface
public interface HubSpotEndpoint {

  /**
   * Answers one request.
   *
   * @param request the request as received
   * @return the response to send
   */
  HubSpotResponse handle(HubSpotRequest request);

  /**
   * The largest request body this endpoint accepts, so that an adapter reads no more of a body than
   * the endpoint would take and refuses a larger one with 413 before the endpoint sees it. Each
   * kind of endpoint says what HubSpot sends it: a webhook batch up to {@code
   * WebhookLimits.HUBSPOT_MAX_BODY_BYTES} (20 MiB), a workflow-action or options request up to
   * {@code ActionEndpoint.DEFAULT_MAX_BODY_BYTES} (1 MiB).
   *
   * @return the limit in bytes, at least 1; by default 1 MiB, as large as HubSpot's largest other
   *     bodies ({@code hubspot.fetch}, 1 MB at most)
   */
  default int maxBodyBytes() {
    return 1 << 20;
  }
}
