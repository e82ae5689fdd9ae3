package io.github.hubspotapt.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

  @Test
  void readsSecondsAndDates() {
    assertEquals(Optional.of(Duration.ofSeconds(10)), RetryAfter.parse("10", NOW));
    assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(" 0 ", NOW));
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse("Fri, 01 May 2026 10:01:30 GMT", NOW));
    assertEquals(
        Optional.of(Duration.ZERO), RetryAfter.parse("Fri, 01 May 2026 09:00:00 GMT", NOW));
    assertEquals(Optional.of(Duration.ofDays(365)), RetryAfter.parse("99999999999999999999", NOW));
  }

  @Test
  void ignoresWhatIsNeither() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("1.5", NOW));
    assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
  }
}
