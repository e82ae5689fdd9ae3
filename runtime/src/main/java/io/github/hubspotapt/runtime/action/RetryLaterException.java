package io.github.hubspotapt.runtime.action;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by a handler that cannot run now but may later (a rate limit, a service that is down):
 * answered with 429, which HubSpot retries, honouring {@code Retry-After} when one is given.
 * Unchecked, so that code deep below the handler can throw it. Carries no stack trace: it is an
 * answer, not a bug.
 */
public final class RetryLaterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Whole seconds, as {@code Retry-After} carries them; null for HubSpot's choice. */
  private final Duration retryAfter;

  /**
   * Retry when HubSpot decides.
   *
   * @param message why, for the application's log
   */
  public RetryLaterException(String message) {
    this(message, null, null);
  }

  /**
   * Retry after a delay.
   *
   * @param message why, for the application's log
   * @param retryAfter how long to wait; sent as whole seconds, rounded up, at least one
   */
  public RetryLaterException(String message, Duration retryAfter) {
    this(message, Objects.requireNonNull(retryAfter, "retryAfter"), null);
  }

  /**
   * Retry after a delay, because of a failure.
   *
   * @param message why, for the application's log
   * @param retryAfter how long to wait, or null for HubSpot's choice
   * @param cause the failure, for the application's log
   */
  public RetryLaterException(String message, Duration retryAfter, Throwable cause) {
    super(message, cause, false, false);
    this.retryAfter = retryAfter == null ? null : wholeSeconds(retryAfter);
  }

  /** How long HubSpot should wait, if the handler said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static Duration wholeSeconds(Duration retryAfter) {
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
