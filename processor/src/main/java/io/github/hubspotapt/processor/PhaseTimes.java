package io.github.hubspotapt.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Time spent in each step of the pipeline, summed over all rounds, for {@code -Ahubspot.verbose}:
 * the benchmark reads the total, and the steps show where a slow build spends it.
 */
final class PhaseTimes {

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private String current;
  private long started;

  /** Ends the running step, if any, and starts {@code step}. */
  void start(String step) {
    stop();
    current = step;
    started = System.nanoTime();
  }

  void stop() {
    if (current != null) {
      nanos.merge(current, System.nanoTime() - started, Long::sum);
      current = null;
    }
  }

  long totalMillis() {
    return nanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
  }

  /** E.g. {@code collect 1, OAuth helper 12, read 5, rules 9, write 20} (milliseconds). */
  String summary() {
    StringJoiner steps = new StringJoiner(", ");
    nanos.forEach((step, time) -> steps.add(step + " " + time / 1_000_000));
    return steps.toString();
  }
}
