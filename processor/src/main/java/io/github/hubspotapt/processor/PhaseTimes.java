package io.github.hubspotapt.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Time spent in each step of the pipeline, summed over all rounds, for {@code -Ahubspot.verbose}:
 * the benchmark reads the total, and the steps show where a slow build spends it. Plain loops: it
 * runs in every compilation, where each lambda costs a class spun anew in a new class loader.
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
      Long before = nanos.get(current);
      nanos.put(current, (before == null ? 0 : before) + System.nanoTime() - started);
      current = null;
    }
  }

  long totalMillis() {
    long total = 0;
    for (long step : nanos.values()) {
      total += step;
    }
    return total / 1_000_000;
  }

  /** E.g. {@code collect 1, OAuth helper 12, read 5, rules 9, write 20} (milliseconds). */
  String summary() {
    StringJoiner steps = new StringJoiner(", ");
    for (Map.Entry<String, Long> step : nanos.entrySet()) {
      steps.add(step.getKey() + " " + step.getValue() / 1_000_000);
    }
    return steps.toString();
  }
}
