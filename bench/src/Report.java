import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown report: the machine and the jars, the timing tables (medians, CPU time, fastest runs, where the added
 * time goes, scaling), how it is measured, the component mix and HubSpot's parser's verdict per size.
 */
final class Report {

  static final Pattern STEPS = Pattern.compile("ms in the processor \\((.*?)\\)");

  private final Options options;
  private final IdleGate gate;
  private final String loadAtStart;
  private final String javaVersion;

  Report(Options options, IdleGate gate, String loadAtStart, String javaVersion) {
    this.options = options;
    this.gate = gate;
    this.loadAtStart = loadAtStart;
    this.javaVersion = javaVersion;
  }

  String markdown(List<Result> results) {
    StringBuilder md = new StringBuilder();
    md.append("# hubspot-apt benchmark").append(options.smoke ? " (smoke)" : "").append("\n\n");
    md.append("- date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
    md.append("- machine: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores (nproc), ").append(memTotal()).append(" memory\n");
    md.append("- javac: `").append(options.javac).append("`, ").append(javaVersion).append('\n');
    md.append("- javac JVM flags: ").append(options.javacJvmFlags.isEmpty() ? "none (JVM defaults)"
        : "`" + String.join(" ", options.javacJvmFlags) + "`").append('\n');
    md.append("- processor: `").append(options.processorJar.getFileName()).append("`\n");
    options.notes.forEach(note -> md.append("- ").append(note).append('\n'));
    md.append("- load average (1/5/15 min) at start: ").append(loadAtStart).append("; at end: ").append(loadAverage())
        .append(" (other processes on the machine add noise to wall times; CPU times are less affected)\n");
    md.append("- idle gate: ").append(!gate.enabled() ? "off" : "each timed run started after the CPUs were >= "
        + gate.idlePercent + "% idle for 1 s (waited " + fmt(gate.waitedMillis() / 1000) + " s in all; "
        + gate.busyStarts() + " run(s) started busy after " + gate.maxWaitSeconds + " s)").append("\n");
    TargetsReport.markdown(md, results, options.noop);
    md.append('\n');

    md.append("| size | classes | components | runs | `-proc:none` ms | hubspot-apt ms | ratio | added ms |");
    if (options.noop) {
      md.append(" no-op processor ms | hubspot-apt / no-op |");
    }
    md.append(" processor's own ms | own / `-proc:none` | peak RSS none /").append(options.noop ? " no-op /" : "")
        .append(" with (MB) | files written |"
        + " HubSpot parser ms |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|").append(options.noop ? "---:|---:|" : "")
        .append("---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      List<Run> base = r.runs().get(Config.NONE);
      List<Run> with = r.runs().get(Config.HUBSPOT);
      long baseMs = medianMs(base);
      long withMs = medianMs(with);
      long ownMs = ownMs(r);
      md.append("| ").append(r.size().id()).append(": ").append(r.size().label())
          .append(" | ").append(fmt(r.size().classes()))
          .append(" | ").append(fmt(r.size().componentCount()))
          .append(" | ").append(r.reps())
          .append(" | ").append(fmt(baseMs))
          .append(" | ").append(fmt(withMs))
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", (double) withMs / baseMs))
          .append(" | ").append(signed(withMs - baseMs));
      if (options.noop) {
        long noopMs = medianMs(r.runs().get(Config.NOOP));
        md.append(" | ").append(fmt(noopMs)).append(" | ")
            .append(String.format(Locale.ROOT, "%.3f", (double) withMs / noopMs));
      }
      md.append(" | ").append(ownMs < 0 ? "n/a" : fmt(ownMs))
          .append(" | ").append(ownMs < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * ownMs / baseMs))
          .append(" | ").append(rssMb(base)).append(" / ")
          .append(options.noop ? rssMb(r.runs().get(Config.NOOP)) + " / " : "").append(rssMb(with))
          .append(" | ").append(fmt(r.filesWritten()))
          .append(r.filesWritten() == r.filesExpected() ? "" : " (expected " + fmt(r.filesExpected()) + ")")
          .append(" | ").append(r.validateNanos().isEmpty() ? "n/a" : fmt(median(r.validateNanos()) / 1_000_000))
          .append(" |\n");
    }
    md.append("\nLess noise-sensitive views: CPU time (user + system, all javac threads, median seconds) and the "
        + "fastest wall time (ms) of each configuration:\n\n");
    md.append("| size | CPU `-proc:none` |").append(options.noop ? " CPU no-op |" : "").append(" CPU hubspot-apt |"
        + " CPU ratio | min wall `-proc:none` |").append(options.noop ? " min wall no-op |" : "")
        .append(" min wall hubspot-apt | min ratio |\n");
    md.append("|---|---:|").append(options.noop ? "---:|" : "").append("---:|---:|---:|").append(options.noop ? "---:|" : "")
        .append("---:|---:|\n");
    for (Result r : results) {
      List<Run> base = r.runs().get(Config.NONE);
      List<Run> with = r.runs().get(Config.HUBSPOT);
      md.append("| ").append(r.size().id()).append(" | ").append(cpu(base));
      if (options.noop) {
        md.append(" | ").append(cpu(r.runs().get(Config.NOOP)));
      }
      double cpuBase = cpuMedian(base);
      double cpuWith = cpuMedian(with);
      md.append(" | ").append(cpu(with)).append(" | ")
          .append(cpuBase > 0 && cpuWith > 0 ? String.format(Locale.ROOT, "%.3f", cpuWith / cpuBase) : "n/a")
          .append(" | ").append(fmt(minMs(base)));
      if (options.noop) {
        md.append(" | ").append(fmt(minMs(r.runs().get(Config.NOOP))));
      }
      md.append(" | ").append(fmt(minMs(with))).append(" | ")
          .append(String.format(Locale.ROOT, "%.3f", (double) minMs(with) / minMs(base))).append(" |\n");
    }
    md.append("\nWhere the added time goes: javac's own share (a processor that does nothing; the same writing one "
        + "trivial source file, as the OAuth helper makes javac compile a generated source in one more round over "
        + "all sources) and hubspot-apt with `-Ahubspot.oauthHelper=false` (median wall ms, added over `-proc:none`):"
        + "\n\n| size | `-proc:none` |").append(options.noop ? " no-op | no-op + 1 source |" : "")
        .append(" hubspot-apt | hubspot-apt, no OAuth helper | its own ms |\n|---|---:|").append(options.noop ? "---:|---:|" : "")
        .append("---:|---:|---:|\n");
    for (Result r : results) {
      long baseMs = medianMs(r.runs().get(Config.NONE));
      md.append("| ").append(r.size().id()).append(" | ").append(fmt(baseMs));
      List<Config> shown = new ArrayList<>(List.of(Config.HUBSPOT, Config.HUBSPOT_NO_HELPER));
      if (options.noop) {
        shown.addAll(0, List.of(Config.NOOP, Config.NOOP_SOURCE));
      }
      for (Config config : shown) {
        long ms = medianMs(r.runs().get(config));
        md.append(" | ").append(fmt(ms)).append(" (").append(signed(ms - baseMs)).append(")");
      }
      long ownMs = ownMs(r, Config.HUBSPOT_NO_HELPER);
      md.append(" | ").append(ownMs < 0 ? "n/a" : fmt(ownMs)).append(" |\n");
    }
    oneEditedFile(md, results);
    WarmReport.markdown(md, results);
    if (results.size() > 1) {
      md.append("\nScaling: the processor's own time per added component between consecutive sizes (constant for "
          + "linear growth):\n\n| from | to | own ms added | components added | own ms per component |\n"
          + "|---|---|---:|---:|---:|\n");
      for (int i = 1; i < results.size(); i++) {
        Result from = results.get(i - 1);
        Result to = results.get(i);
        long fromMs = ownMs(from);
        long toMs = ownMs(to);
        int added = to.size().componentCount() - from.size().componentCount();
        if (fromMs < 0 || toMs < 0 || added <= 0) {
          continue;
        }
        md.append("| ").append(from.size().id()).append(" | ").append(to.size().id()).append(" | ")
            .append(signed(toMs - fromMs)).append(" | ").append(fmt(added)).append(" | ")
            .append(String.format(Locale.ROOT, "%.3f", (double) (toMs - fromMs) / added)).append(" |\n");
      }
    }
    md.append("""

        How it is measured (`bench/src/`):
        - every compilation is a fresh `javac` process (JVM start-up included, as on the command line; in Maven and
          IDEs javac itself is warm, so the relative overhead there is larger, and the processor's own time is the
          better guide) on clean output folders, a full build; each repetition runs every configuration once, in a
          rotating order; the table shows medians;
        - `-proc:none`: no annotation processing; no-op processor: a processor that claims the same annotations and
          does nothing (javac's own annotation-processing overhead); no-op + 1 source: the same processor writing one
          trivial class in its first round (javac's cost of any generated source); hubspot-apt: `-processorpath
          <shaded jar> -Ahubspot.verbose`, default output (the generated-sources folder), no `-Ahubspot.projectDir`;
          no OAuth helper: the same with `-Ahubspot.oauthHelper=false`;
        - ratio and added ms: hubspot-apt against `-proc:none`, wall clock; hubspot-apt / no-op: against a
          compilation that runs a processor doing nothing (what hubspot-apt adds beyond javac's own processing);
        - processor's own ms: the processor's note `hubspot-apt: N annotated types, X ms in the processor` (time inside
          `process()`, all rounds: reading, rules, rendering, writing; not javac's processor discovery and class
          loading before the first round);
        - peak RSS: `Maximum resident set size` of the javac process from GNU `time -v`, median over the runs;
        - components: a holds one card; b to d cards, workflow actions (10 input fields each), webhook
          subscriptions (each on its handler method) and app events in equal shares, except that app events stop at
          HubSpot's 750 per app (the other three share the rest); see the mix per size below;
        - files written: files under `<generated sources>/hubspot-project` (expected: hsproject.json,
          app-hsmeta.json, one file per card, workflow action and app event, and one webhooks file for all
          subscriptions; past `-Ahubspot.filerLimit` files the processor writes them directly, and its
          `.hubspot-apt-manifest` beside them is not counted), checked on every run against the processor's own
          list of them (`META-INF/hubspot-apt/generated-files`) and counted by their `type`;
        - HubSpot parser ms: the Maven plugin's `ProjectParserMain` (HubSpot's `@hubspot/project-parsing-lib`, JVM
          and node start-up included) on the project written by an untimed first compilation with `-Ahubspot.projectDir`,
          median of up to 3 runs (`--validate-reps`); its npm install is done before and not timed; the run fails
          unless the parser accepts the app and every component (it counts the webhooks file as one component);
        - warm JVM (`WarmCompiler`, a JVM of its own per size and edit, after the fresh-javac runs on their build):
          in each round every configuration compiles the class once, in a rotating order, the file edited anew
          before each compilation; `ToolProvider.getSystemJavaCompiler()`, a new file manager per compilation,
          processors instantiated from the processor path's class loader (the jar's service file) and given to the
          task; `-proc:none` and the no-op into a scratch folder, hubspot-apt into the build's folders with
          `-Ahubspot.verbose`; every compilation must succeed without a warning, and the project the last one left
          is checked as above. Wall times in one JVM on a loaded machine vary: compare the configurations of one
          row (interleaved), and trust the class counts over the times.
        """);
    md.append("\nComponent mix:\n");
    for (Result r : results) {
      md.append("\n- ").append(r.size().id()).append(": ").append(r.size().mix())
          .append(r.size().needsMarketplace() ? " (OAuth marketplace app)" : " (static private app)");
    }
    md.append('\n');
    for (Result r : results) {
      if (!r.validateOutput().isEmpty()) {
        md.append("\nHubSpot parser on size ").append(r.size().id()).append(": `")
            .append(HubSpotParser.lastLine(r.validateOutput())).append("`");
      }
    }
    md.append('\n');
    return md.toString();
  }

  /**
   * The IDE cases ({@link IdeEdit}): one edited class recompiled alone against the full build's classes (median wall
   * ms of fresh javac processes; CPU seconds; the processor's own time and its steps in the run of median own time).
   */
  private static void oneEditedFile(StringBuilder md, List<Result> results) {
    if (results.stream().noneMatch(r -> IdeEdit.ALL.stream().anyMatch(e -> r.runs().containsKey(e.hubspot())))) {
      return;
    }
    md.append("\nOne edited class recompiled alone against the full build's classes, as an IDE or Gradle does after"
        + " an edit (`javac -cp <classes> CardN.java`; hubspot-apt takes the other types from the model its previous"
        + " compilation kept): the first card with another `description` (its model changes), and the first webhook"
        + " handler with another number in its `@WebhookSubscription` method's body (its model does not):\n\n"
        + "| size | edit | runs | `-proc:none` ms | hubspot-apt ms | ratio | added ms | CPU ratio |"
        + " processor's own ms | its steps (ms) |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Result r : results) {
      for (IdeEdit edit : IdeEdit.ALL) {
        editRow(md, r, edit.label(), edit.none(), edit.hubspot());
        editRow(md, r, edit.label() + ", first after a full build", edit.none(), edit.first());
      }
    }
  }

  private static void editRow(StringBuilder md, Result r, String label, Config none, Config hubspot) {
    List<Run> base = r.runs().get(none);
    List<Run> with = r.runs().get(hubspot);
    if (with == null || with.isEmpty()) {
      return;
    }
    long baseMs = medianMs(base);
    long withMs = medianMs(with);
    long ownMs = ownMs(r, hubspot);
    double cpuBase = cpuMedian(base);
    double cpuWith = cpuMedian(with);
    md.append("| ").append(r.size().id()).append(" | ").append(label).append(" | ").append(with.size())
        .append(" | ").append(fmt(baseMs)).append(" | ").append(fmt(withMs)).append(" | ")
        .append(String.format(Locale.ROOT, "%.3f", (double) withMs / baseMs)).append(" | ")
        .append(signed(withMs - baseMs)).append(" | ")
        .append(cpuBase > 0 ? String.format(Locale.ROOT, "%.3f", cpuWith / cpuBase) : "n/a").append(" | ")
        .append(ownMs < 0 ? "n/a" : fmt(ownMs)).append(" | ").append(steps(with, ownMs)).append(" |\n");
  }

  /** The steps of the processor's note in the run whose own time is {@code ownMs}. */
  private static String steps(List<Run> runs, long ownMs) {
    for (Run run : runs) {
      Matcher steps = STEPS.matcher(run.output());
      if (run.processorMs() == ownMs && steps.find()) {
        return steps.group(1);
      }
    }
    return "n/a";
  }

  private static long ownMs(Result r) {
    return ownMs(r, Config.HUBSPOT);
  }

  static long ownMs(Result r, Config config) {
    return median(r.runs().get(config).stream().map(Run::processorMs).filter(ms -> ms >= 0).toList());
  }

  private static String signed(long ms) {
    return (ms >= 0 ? "+" : "") + fmt(ms);
  }

  static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static long medianMs(List<Run> runs) {
    return median(runs.stream().map(Run::wallNanos).toList()) / 1_000_000;
  }

  private static String rssMb(List<Run> runs) {
    long kb = median(runs.stream().map(Run::maxRssKb).filter(v -> v >= 0).toList());
    return kb < 0 ? "n/a" : fmt(Math.round(kb / 1024.0));
  }

  private static double cpuMedian(List<Run> runs) {
    List<Double> values = runs.stream().map(Run::cpuSeconds).filter(v -> v >= 0).sorted().toList();
    if (values.isEmpty()) {
      return -1;
    }
    int m = values.size();
    return m % 2 == 1 ? values.get(m / 2) : (values.get(m / 2 - 1) + values.get(m / 2)) / 2;
  }

  private static String cpu(List<Run> runs) {
    double median = cpuMedian(runs);
    return median < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", median);
  }

  private static long minMs(List<Run> runs) {
    return runs.stream().mapToLong(Run::wallNanos).min().orElse(-1) / 1_000_000;
  }

  /** The median, or -1 for no values; the mean of the middle two for an even count. */
  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int m = sorted.size();
    return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
  }

  static String describe(Run run) {
    StringBuilder text = new StringBuilder();
    text.append(run.ok() ? "ok" : "FAILED (exit " + run.exitCode() + ")")
        .append(String.format(Locale.ROOT, ", %,d ms", run.wallNanos() / 1_000_000));
    if (run.processorMs() >= 0) {
      text.append(String.format(Locale.ROOT, ", processor %,d ms", run.processorMs()));
    }
    if (run.maxRssKb() >= 0) {
      text.append(String.format(Locale.ROOT, ", RSS %,d MB, CPU %.2f s", run.maxRssKb() / 1024, run.cpuSeconds()));
    }
    return text.toString();
  }


  private static String cpuModel() {
    try {
      return Files.readAllLines(Paths.get("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Paths.get("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
          .map(l -> String.format(Locale.ROOT, "%.1f GiB",
              Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }


  static String loadAverage() {
    try {
      String[] fields = Files.readString(Paths.get("/proc/loadavg")).strip().split(" ");
      return fields[0] + " / " + fields[1] + " / " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
