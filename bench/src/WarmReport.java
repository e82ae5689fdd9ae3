import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The report's warm-JVM section ({@link WarmCompiler}, issue #30): per size and edit the medians of every
 * configuration, wall and main-thread CPU time, with the ratios the issue sets targets for; the classes each
 * compilation loads and the processor's steps; then the profiles, where they were run.
 */
final class WarmReport {

  private WarmReport() {}

  static void markdown(StringBuilder md, List<Result> results) {
    if (results.stream().allMatch(r -> r.warm().isEmpty())) {
      return;
    }
    md.append("\nThe same edits in a warm JVM, as a Gradle daemon or an IDE's build process compiles (issue #30): one"
        + " JVM recompiles the edited class through `ToolProvider.getSystemJavaCompiler()`, javac JIT-compiled by the"
        + " warm-up rounds; the no-op processor and hubspot-apt from a new class loader over the processor path per"
        + " compilation (as Gradle makes one), or hubspot-apt from one loader kept across compilations. Targets: one"
        + " changed card, new loader at most 2x `-proc:none`; edited handler, new loader within 10 ms of the no-op.\n");
    timing(md, results, "Median wall ms (one decimal)", WarmRun::wallNanos);
    timing(md, results, "Median CPU ms of the compiling thread (less sensitive to other processes on the machine"
        + " than wall time; JIT and GC threads not included)", WarmRun::cpuNanos);
    md.append("\nPer warm compilation (medians): the classes the processor path's loader defined, that loader's time in"
        + " `loadClass` (delegation, reading and defining; not linking, verification or static initializers), every"
        + " class the JVM loaded (the processor's, its lambdas, JDK classes used for the first time, generated"
        + " reflection and method-handle classes), and hubspot-apt's steps in its run of median own time:\n\n"
        + "| size | edit | processor classes defined, new / kept | loadClass ms, new | classes loaded by the JVM,"
        + " none / no-op / new / kept | hubspot-apt's steps (ms), new loader | ... loader kept |\n"
        + "|---|---|---:|---:|---:|---|---|\n");
    for (Result r : results) {
      for (WarmResult w : r.warm()) {
        List<String> classes = new ArrayList<>();
        for (WarmConfig config : WarmConfig.values()) {
          classes.add(Long.toString(w.median(config, WarmRun::jvmClasses)));
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %d / %d | %.1f | %s | %s | %s |%n", r.size().id(),
            w.edit().label(), w.median(WarmConfig.NEW_LOADER, WarmRun::loaderClasses),
            w.median(WarmConfig.KEPT_LOADER, WarmRun::loaderClasses),
            w.median(WarmConfig.NEW_LOADER, WarmRun::loaderNanos) / 1e6, String.join(" / ", classes),
            w.medianSteps(WarmConfig.NEW_LOADER), w.medianSteps(WarmConfig.KEPT_LOADER)));
      }
    }
    for (Result r : results) {
      r.warmProfiles().forEach(profile -> md.append(profile.markdown(r.size().id())));
    }
  }

  /** One table of {@code value}'s medians (nanoseconds) per configuration, and the ratios against the baselines. */
  private static void timing(StringBuilder md, List<Result> results, String caption, ToLongFunction<WarmRun> value) {
    md.append('\n').append(caption).append(":\n\n")
        .append("| size | edit | warm-up + timed rounds | `-proc:none` | no-op, new loader | hubspot-apt, new loader |"
            + " hubspot-apt, loader kept | new / `-proc:none` | new - no-op | kept / `-proc:none` | kept - no-op |"
            + " processor's own ms, new / kept |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      for (WarmResult w : r.warm()) {
        double none = w.median(WarmConfig.NONE, value) / 1e6;
        double noop = w.median(WarmConfig.NOOP, value) / 1e6;
        double fresh = w.median(WarmConfig.NEW_LOADER, value) / 1e6;
        double kept = w.median(WarmConfig.KEPT_LOADER, value) / 1e6;
        md.append(String.format(Locale.ROOT,
            "| %s | %s | %d + %d | %.1f | %.1f | %.1f | %.1f | %.2f | %+.1f | %.2f | %+.1f | %d / %d |%n",
            r.size().id(), w.edit().label(), w.warmup(), w.runs().get(WarmConfig.NONE).size(), none, noop, fresh,
            kept, fresh / none, fresh - noop, kept / none, kept - noop,
            w.median(WarmConfig.NEW_LOADER, WarmRun::processorMs),
            w.median(WarmConfig.KEPT_LOADER, WarmRun::processorMs)));
      }
    }
  }
}
