import java.util.List;
import java.util.Locale;

/**
 * The report's summary of issue #30's targets: each measured in this run, beside its limit, for every size that has
 * the case. Judged on the medians the other tables show: wall time for fresh javac processes, the compiling thread's
 * CPU time in the warm JVM (the steadier measure there), the processor's own time where the target is about it.
 */
final class TargetsReport {

  /**
   * The first partial compilation's own time at 200 components (size c) before the full build kept models: the
   * median of this benchmark on an idle machine over the processor of 7dbdae6 (bench/warm-jvm.md; the issue measured
   * 1,446 ms on a loaded one).
   */
  private static final long FIRST_PARTIAL_BEFORE_MS = 599;

  private TargetsReport() {}

  static void markdown(StringBuilder md, List<Result> results, boolean noop) {
    StringBuilder rows = new StringBuilder();
    for (Result r : results) {
      String size = r.size().id();
      if (noop && r.runs().containsKey(Config.NOOP_SOURCE)) {
        double ratio = ratio(r, Config.HUBSPOT, Config.NOOP_SOURCE);
        row(rows, "full build, wall: hubspot-apt / no-op + 1 source (javac's floor)", size,
            String.format(Locale.ROOT, "%.3f", ratio), "at most 1.03 (idle machine)", ratio <= 1.03);
      }
      if (has(r, Config.ONE_CARD_HUBSPOT)) {
        double ratio = ratio(r, Config.ONE_CARD_HUBSPOT, Config.ONE_CARD_NONE);
        row(rows, "fresh javac, one changed card, wall: hubspot-apt / `-proc:none`", size,
            String.format(Locale.ROOT, "%.3f", ratio), "at most 1.25", ratio <= 1.25);
      }
      if (has(r, Config.ONE_HANDLER_HUBSPOT)) {
        long own = Report.ownMs(r, Config.ONE_HANDLER_HUBSPOT);
        row(rows, "fresh javac, edited handler: processor's own ms", size, Report.fmt(own), "under 30", own < 30);
      }
      if (has(r, Config.ONE_CARD_FIRST)) {
        long own = Report.ownMs(r, Config.ONE_CARD_FIRST);
        boolean judged = size.equals("c");
        row(rows, "first partial compilation after a full build, one card: processor's own ms", size,
            Report.fmt(own), judged ? "at most " + FIRST_PARTIAL_BEFORE_MS / 4 + " (a quarter of 599)" : "(judged at c)",
            judged ? own <= FIRST_PARTIAL_BEFORE_MS / 4 : null);
      }
      for (WarmResult w : r.warm()) {
        double none = w.median(WarmConfig.NONE, WarmRun::cpuNanos) / 1e6;
        double noopMs = w.median(WarmConfig.NOOP, WarmRun::cpuNanos) / 1e6;
        double fresh = w.median(WarmConfig.NEW_LOADER, WarmRun::cpuNanos) / 1e6;
        if (w.edit().kind() == ComponentKind.CARD) {
          row(rows, "warm JVM, new loader, one changed card, CPU: hubspot-apt / `-proc:none`", size,
              String.format(Locale.ROOT, "%.2f", fresh / none), "at most 2", fresh / none <= 2);
        } else {
          row(rows, "warm JVM, new loader, edited handler, CPU ms: hubspot-apt - no-op", size,
              String.format(Locale.ROOT, "%+.1f", fresh - noopMs), "at most +10", fresh - noopMs <= 10);
        }
      }
    }
    if (rows.length() > 0) {
      md.append("\nIssue #30's targets in this run (medians of the tables below):\n\n"
          + "| target | size | measured | limit | met |\n|---|---|---:|---|---|\n").append(rows);
    }
  }

  private static void row(StringBuilder rows, String target, String size, String measured, String limit,
      Boolean met) {
    rows.append("| ").append(target).append(" | ").append(size).append(" | ").append(measured).append(" | ")
        .append(limit).append(" | ").append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
  }

  private static boolean has(Result r, Config config) {
    List<Run> runs = r.runs().get(config);
    return runs != null && !runs.isEmpty();
  }

  /** As the tables compute it: from the median wall ms of each. */
  private static double ratio(Result r, Config with, Config base) {
    return (double) Report.medianMs(r.runs().get(with)) / Report.medianMs(r.runs().get(base));
  }
}
