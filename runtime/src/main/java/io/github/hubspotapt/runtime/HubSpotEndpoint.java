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
}
