package io.github.hubspotapt.runtime;

import java.time.Duration;
import java.util.Optional;

/**
 * HubSpot answered a call with an error status, after every retry the {@link RetryPolicy} allows.
 * Carries what HubSpot said in its error body ({@code category}, {@code correlationId}: the id
 * HubSpot's support asks for) and, for a {@code 429}, how long HubSpot asked to wait.
 */
public class HubSpotApiException extends HubSpotCallException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String category;
  private final String correlationId;
  private final Duration retryAfter;

  /**
   * An exception.
   *
   * @param message what failed, without secrets
   * @param status the HTTP status
   * @param category HubSpot's error category ({@code RATE_LIMITS}, {@code VALIDATION_ERROR}), or
   *     null
   * @param correlationId HubSpot's id of the failed request, or null
   * @param retryAfter the wait HubSpot asked for, or null
   * @param attempts how many times the call was sent
   */
  public HubSpotApiException(
      String message,
      int status,
      String category,
      String correlationId,
      Duration retryAfter,
      int attempts) {
    super(message, attempts, null);
    this.status = status;
    this.category = category;
    this.correlationId = correlationId;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status of HubSpot's last answer. */
  public int status() {
    return status;
  }

  /** HubSpot's error category, when its body names one. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** HubSpot's id of the failed request, when its body names one. */
  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  /** The wait HubSpot asked for with {@code Retry-After}, when it did. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
