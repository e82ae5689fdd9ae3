import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** One edit's warm-JVM runs: the timed compilations per configuration, after {@code warmup} untimed rounds. */
record WarmResult(IdeEdit edit, int warmup, Map<WarmConfig, List<WarmRun>> runs) {

  /** The median of {@code value} over {@code config}'s runs; -1 for none. */
  long median(WarmConfig config, ToLongFunction<WarmRun> value) {
    return Report.median(runs.get(config).stream().map(run -> value.applyAsLong(run)).toList());
  }

  /** hubspot-apt's steps in the run of {@code config} whose own time is the median's (the lower middle one). */
  String medianSteps(WarmConfig config) {
    List<WarmRun> sorted = runs.get(config).stream().sorted(Comparator.comparingLong(WarmRun::processorMs)).toList();
    return sorted.isEmpty() ? "n/a" : sorted.get((sorted.size() - 1) / 2).steps();
  }

  /** The median wall ms per configuration, for the log. */
  String medians() {
    return runs.keySet().stream()
        .map(c -> String.format(Locale.ROOT, "%s %.1f", c.label, median(c, WarmRun::wallNanos) / 1e6))
        .collect(Collectors.joining(", "));
  }
}
