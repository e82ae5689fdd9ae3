package io.github.hubspotapt.runtime;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where endpoints tell what they did with a request: one line per refused or failed request, with
 * method, path, status and the reason, never a header value, signature, secret or body. The default
 * goes to {@link System.Logger} (which an application routes to its logging framework), and counts,
 * for adapters that report metrics.
 */
public class RequestLog {

  private static final Logger LOGGER = System.getLogger("io.github.hubspotapt.runtime");

  private final LongAdder accepted = new LongAdder();
  private final LongAdder refused = new LongAdder();
  private final LongAdder failed = new LongAdder();

  /**
   * A log that writes to {@link System.Logger} and counts; subclass it to route lines or counts
   * elsewhere.
   */
  public RequestLog() {}

  /**
   * A request that was verified and answered with 2xx.
   *
   * @param request the request
   */
  public void accepted(HubSpotRequest request) {
    accepted.increment();
  }

  /**
   * A request refused before anything was dispatched: a bad or missing signature, a malformed body,
   * a wrong path.
   *
   * @param request the request
   * @param status the status it was answered with
   * @param reason what was wrong, without secrets
   */
  public void refused(HubSpotRequest request, int status, String reason) {
    refused.increment();
    LOGGER.log(Level.WARNING, "HubSpot request refused: {0} -> {1}: {2}", request, status, reason);
  }

  /**
   * A request whose handler failed; HubSpot retries it by the status it was answered with.
   *
   * @param request the request
   * @param failure what the handler threw
   */
  public void failed(HubSpotRequest request, Throwable failure) {
    failed.increment();
    // The exception goes to the log (the application's own code threw it), never into the response.
    LOGGER.log(Level.ERROR, "HubSpot request failed in its handler: " + request, failure);
  }

  /** Requests verified and answered with 2xx. */
  public long acceptedCount() {
    return accepted.sum();
  }

  /** Requests refused before dispatch. */
  public long refusedCount() {
    return refused.sum();
  }

  /** Requests whose handler failed. */
  public long failedCount() {
    return failed.sum();
  }
}
