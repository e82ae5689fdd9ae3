package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.RequestVerifier;
import java.util.Objects;

/**
 * Answers HubSpot's options requests to an input field's {@code optionsUrl}, with the same flow as
 * {@link ActionEndpoint}: POST only (405), a bounded body (413), verified before it is read (401),
 * parsed (400), then the handler's options answered with 200.
 */
public final class OptionsEndpoint implements HubSpotEndpoint {

  private final RequestFlow flow;
  private final OptionsHandler handler;

  private OptionsEndpoint(RequestFlow flow, OptionsHandler handler) {
    this.flow = flow;
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * An endpoint with the default body bound, {@link ActionEndpoint#DEFAULT_MAX_BODY_BYTES}.
   *
   * @param verifier decides whether a request is HubSpot's
   * @param optionsUrl the {@code optionsUrl} the project declares, after profile substitution: the
   *     URL HubSpot signs
   * @param handler the application's code
   * @param log where refused and failed requests are told
   * @return the endpoint
   */
  public static OptionsEndpoint of(
      RequestVerifier verifier, String optionsUrl, OptionsHandler handler, RequestLog log) {
    return of(verifier, optionsUrl, handler, log, ActionEndpoint.DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * An endpoint.
   *
   * @param verifier decides whether a request is HubSpot's
   * @param optionsUrl the {@code optionsUrl} the project declares, after profile substitution
   * @param handler the application's code
   * @param log where refused and failed requests are told
   * @param maxBodyBytes the largest body read; a larger one is 413
   * @return the endpoint
   */
  public static OptionsEndpoint of(
      RequestVerifier verifier,
      String optionsUrl,
      OptionsHandler handler,
      RequestLog log,
      int maxBodyBytes) {
    return new OptionsEndpoint(new RequestFlow(verifier, optionsUrl, log, maxBodyBytes), handler);
  }

  /** The bound it was built with: {@link ActionEndpoint#DEFAULT_MAX_BODY_BYTES} by default. */
  @Override
  public int maxBodyBytes() {
    return flow.maxBodyBytes();
  }

  @Override
  public HubSpotResponse handle(HubSpotRequest request) {
    return flow.handle(
        request,
        body -> {
          OptionsResponse response = handler.fetch(OptionsRequest.parse(body));
          if (response == null) {
            throw new IllegalStateException("the options handler returned no options");
          }
          return response.toJson();
        });
  }
}
