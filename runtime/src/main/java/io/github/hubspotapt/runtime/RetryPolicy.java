package io.github.hubspotapt.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How calls to HubSpot's API are retried, following HubSpot's rules: a {@code 429} is retried after
 * its {@code Retry-After} (or the backoff when it has none), a {@code 5xx} and a dropped connection
 * are retried with exponential backoff, but only for a call that is safe to repeat. A call that is
 * not (an authorization-code exchange, a callback completion) is retried only when HubSpot cannot
 * have applied it: a {@code 429} (HubSpot's rate limit refuses the request before doing anything)
 * or a connection that was never made. Immutable; {@link #defaults()} has 4 attempts, 1 s backoff
 * doubling to at most 30 s, and waits at most 60 s for a {@code Retry-After}: a longer one (a daily
 * limit) is not waited for but reported in {@link HubSpotApiException#retryAfter()}.
 */
public final class RetryPolicy {

  /** Attempts in all, the first included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;

  /** The wait before the first retry when HubSpot names none; doubled for each further retry. */
  public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(1);

  /** The longest backoff. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

  /** The longest {@code Retry-After} waited for. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final Clock clock;

  private RetryPolicy(
      int maxAttempts,
      Duration firstBackoff,
      Duration maxBackoff,
      Duration maxRetryAfter,
      Sleeper sleeper,
      Clock clock) {
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** HubSpot's rules with the default bounds, sleeping for real. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        DEFAULT_MAX_ATTEMPTS,
        DEFAULT_FIRST_BACKOFF,
        DEFAULT_MAX_BACKOFF,
        DEFAULT_MAX_RETRY_AFTER,
        Sleeper.system(),
        Clock.systemUTC());
  }

  /** One attempt per call: every failure reaches the caller. */
  public static RetryPolicy noRetries() {
    return defaults().withMaxAttempts(1);
  }

  /**
   * The same policy with another bound on attempts.
   *
   * @param maxAttempts attempts in all, the first included; at least 1
   * @return the policy
   */
  public RetryPolicy withMaxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    return new RetryPolicy(maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, sleeper, clock);
  }

  /**
   * The same policy with another backoff.
   *
   * @param first the wait before the first retry; positive
   * @param max the longest wait; at least {@code first}
   * @return the policy
   */
  public RetryPolicy withBackoff(Duration first, Duration max) {
    if (first.isZero() || first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "backoff must be positive and first <= max, not " + first + ", " + max);
    }
    return new RetryPolicy(maxAttempts, first, max, maxRetryAfter, sleeper, clock);
  }

  /**
   * The same policy with another bound on the {@code Retry-After} it waits for.
   *
   * @param maxRetryAfter the longest wait; zero or more
   * @return the policy
   */
  public RetryPolicy withMaxRetryAfter(Duration maxRetryAfter) {
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
    }
    return new RetryPolicy(maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, sleeper, clock);
  }

  /**
   * The same policy waiting with another sleeper: a test's, which records the waits instead of
   * sleeping.
   *
   * @param sleeper how to wait
   * @return the policy
   */
  public RetryPolicy withSleeper(Sleeper sleeper) {
    return new RetryPolicy(
        maxAttempts,
        firstBackoff,
        maxBackoff,
        maxRetryAfter,
        Objects.requireNonNull(sleeper, "sleeper"),
        clock);
  }

  /**
   * The same policy reading {@code Retry-After} dates against another clock.
   *
   * @param clock the clock
   * @return the policy
   */
  public RetryPolicy withClock(Clock clock) {
    return new RetryPolicy(
        maxAttempts,
        firstBackoff,
        maxBackoff,
        maxRetryAfter,
        sleeper,
        Objects.requireNonNull(clock, "clock"));
  }

  /** Attempts in all, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The longest {@code Retry-After} waited for. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** How retries wait. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The clock that {@code Retry-After} dates are read against. */
  public Clock clock() {
    return clock;
  }

  /**
   * The wait before a retry when HubSpot names none: the first backoff, doubled for each retry
   * after the first, at most the maximum.
   *
   * @param retry 1 for the first retry
   * @return the wait
   */
  public Duration backoff(int retry) {
    Duration wait = firstBackoff;
    for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", backoff="
        + firstBackoff
        + ".."
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "]";
  }
}
