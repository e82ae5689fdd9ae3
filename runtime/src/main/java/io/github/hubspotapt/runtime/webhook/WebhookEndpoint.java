package io.github.hubspotapt.runtime.webhook;

import io.github.hubspotapt.runtime.HubSpotEndpoint;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.MalformedRequestException;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.RequestVerifier;
import io.github.hubspotapt.runtime.Verification;
import java.util.List;
import java.util.Objects;

/**
 * Answers HubSpot's webhook batches at the project's {@code targetUrl}, in this order: a method
 * other than POST is 405 (with {@code Allow: POST}); a body over the limit is 413; a request the
 * verifier refuses is 401, its body unread; a body that is not a batch HubSpot would send is 400,
 * nothing dispatched; then every event goes to every route it matches. All listeners returned (or
 * no route matched, which is not an error) is 204; any listener threw is 500 after the whole batch
 * was dispatched, logged once through {@link RequestLog#failed}.
 *
 * <p>HubSpot counts any 2xx within 5 seconds as delivered and retries anything else up to 10 times
 * over 24 hours, re-sending the whole batch; refusals are answered 4xx all the same, as HubSpot
 * never sends such a request and whoever did should see why. A listener failure is 500, not 503: it
 * is the application's error, not overload, and proxies that re-send a 503 to another instance at
 * once would dispatch the batch again. Listeners run on the request's thread: one that takes
 * seconds should hand the event to a queue, or HubSpot times out and retries.
 */
public final class WebhookEndpoint implements HubSpotEndpoint {

  private final RequestVerifier verifier;
  private final String targetUrl;
  private final RequestLog log;
  private final WebhookLimits limits;
  private final WebhookBatchParser parser;
  private final WebhookDispatcher dispatcher;

  /**
   * An endpoint.
   *
   * @param verifier decides whether a request is HubSpot's
   * @param targetUrl the public URL the project declares as {@code targetUrl}, after profile
   *     substitution: the URL HubSpot signs
   * @param routes the listeners and the events each receives, called in this order for an event
   *     matching several
   * @param log where accepted, refused and failed requests are told
   * @param limits the body size and batch size accepted ({@link WebhookLimits#HUBSPOT})
   */
  public WebhookEndpoint(
      RequestVerifier verifier,
      String targetUrl,
      List<WebhookRoute> routes,
      RequestLog log,
      WebhookLimits limits) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.targetUrl = Objects.requireNonNull(targetUrl, "targetUrl");
    this.log = Objects.requireNonNull(log, "log");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = new WebhookBatchParser(limits.maxEvents());
    this.dispatcher = new WebhookDispatcher(new WebhookRouter(routes));
  }

  /** The limits' {@link WebhookLimits#maxBodyBytes()}: 20 MiB for {@link WebhookLimits#HUBSPOT}. */
  @Override
  public int maxBodyBytes() {
    return limits.maxBodyBytes();
  }

  @Override
  public HubSpotResponse handle(HubSpotRequest request) {
    if (!"POST".equals(request.method())) {
      return refuse(
              request, 405, "HubSpot sends webhook batches with POST, not " + request.method())
          .withHeader("Allow", "POST");
    }
    int size = request.body().length;
    if (size > limits.maxBodyBytes()) {
      return refuse(
          request, 413, "body of " + size + " bytes is over the limit of " + limits.maxBodyBytes());
    }
    Verification verification = verifier.verify(request, targetUrl);
    if (!verification.verified()) {
      // The reason goes to the log only: the response does not tell a forger which check failed.
      log.refused(request, 401, verification.refusal());
      return HubSpotResponse.text(401, "Not verified as a request from HubSpot");
    }
    List<WebhookEvent> events;
    try {
      events = parser.parse(request.body());
    } catch (MalformedRequestException e) {
      return refuse(request, 400, e.getMessage());
    }
    try {
      dispatcher.dispatch(events);
    } catch (WebhookDispatchException e) {
      log.failed(request, e);
      return HubSpotResponse.text(
          500, "A webhook listener failed; HubSpot will send the batch again");
    }
    log.accepted(request);
    return HubSpotResponse.empty(204);
  }

  private HubSpotResponse refuse(HubSpotRequest request, int status, String reason) {
    log.refused(request, status, reason);
    return HubSpotResponse.text(status, reason);
  }
}
