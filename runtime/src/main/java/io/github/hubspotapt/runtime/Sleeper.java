package io.github.hubspotapt.runtime;

import java.time.Duration;

/**
 * How a retry waits: {@link #system()} in production, a recording one in tests, so that no test
 * sleeps.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits.
   *
   * @param delay how long; zero or more
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration delay) throws InterruptedException;

  /** {@link Thread#sleep(long, int)}. */
  static Sleeper system() {
    return delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
  }
}
