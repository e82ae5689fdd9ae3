package io.github.hubspotapt.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void backoffDoublesUpToItsMaximum() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertEquals(Duration.ofSeconds(1), policy.backoff(1));
    assertEquals(Duration.ofSeconds(2), policy.backoff(2));
    assertEquals(Duration.ofSeconds(16), policy.backoff(5));
    assertEquals(Duration.ofSeconds(30), policy.backoff(6));
    assertEquals(Duration.ofSeconds(30), policy.backoff(1_000));
    assertEquals(
        Duration.ofMillis(300),
        policy.withBackoff(Duration.ofMillis(100), Duration.ofMillis(300)).backoff(3));
  }

  @Test
  void boundsAreChecked() {
    assertEquals(1, RetryPolicy.noRetries().maxAttempts());
    assertEquals(4, RetryPolicy.defaults().maxAttempts());
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.defaults().withMaxRetryAfter(Duration.ofSeconds(-1)));
  }
}
