import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What hubspot-apt costs javac, and how that cost scales (issue #7).
 *
 * <p>Generates synthetic projects of several sizes ({@link Size}, {@link ComponentKind}, {@link ProjectGenerator})
 * and compiles each one in a fresh, forked {@code javac} process per run ({@link JavacRunner}), in five
 * configurations ({@link Config}): {@code -proc:none} (the baseline), a no-op processor on the same annotations
 * (javac's own annotation-processing machinery, to tell it apart from hubspot-apt's work), the same writing one
 * source, and hubspot-apt with {@code -Ahubspot.verbose} (which prints the processor's own time), with and without
 * its OAuth helper. Each run is wrapped in GNU {@code time -v} for the peak resident set size of the javac JVM and its
 * CPU time. Runs are interleaved (rotating the order every repetition) so that drift of the machine hits all
 * configurations alike, each after the {@link IdleGate}; medians are reported ({@link Report}). Every hubspot-apt
 * run's project is checked against the processor's own list of its files ({@link ProjectCheck}), and HubSpot's parser
 * is timed on it ({@link HubSpotParser}).
 *
 * <p>Run through {@code bench/run.sh}, which compiles {@code bench/src/} against the processor jar and passes the
 * jars; {@code --help} lists the options ({@link Options}).
 */
public final class Benchmark {

  private final Options options;
  private final JavacRunner javac;
  private final IdleGate gate;
  private final HubSpotParser parser;
  private final WarmJvm warm;
  private final String loadAtStart = Report.loadAverage();
  private final List<String> failures = new ArrayList<>();
  private Path work;

  private Benchmark(Options options) {
    this.options = options;
    this.javac = new JavacRunner(options);
    this.gate = options.idleGate();
    this.parser = new HubSpotParser(options.parserClasspath);
    this.warm = new WarmJvm(options);
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmark: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new Benchmark(options).run());
  }

  private int run() throws Exception {
    boolean tempWork = options.work == null;
    work = tempWork ? Files.createTempDirectory("hubspot-apt-bench") : options.work;
    Files.createDirectories(work);
    List<Result> results = new ArrayList<>();
    String report;
    try {
      if (parser.enabled()) {
        parser.warmUp(work);
      }
      for (String id : options.sizeIds) {
        Size size = Size.byId(id);
        results.add(runSize(size, options.reps.getOrDefault(id, size.reps())));
      }
      report = new Report(options, gate, loadAtStart, javac.javaVersion(work)).markdown(results);
    } finally {
      if (tempWork && !options.keep) {
        deleteTree(work);
      } else {
        System.err.println("benchmark: projects kept in " + work);
      }
    }
    System.out.println(report);
    if (options.out != null && !options.smoke) {
      Files.writeString(options.out, report);
      System.err.println("benchmark: written " + options.out);
    }
    if (!failures.isEmpty()) {
      System.err.println("benchmark: FAILED");
      failures.forEach(f -> System.err.println("  " + f));
      return 1;
    }
    return 0;
  }

  private Result runSize(Size size, int n) throws Exception {
    Path dir = work.resolve("size-" + size.id());
    deleteTree(dir);
    Path argfile = ProjectGenerator.generate(size, dir.resolve("src"));
    log("size %s (%s): %d classes, %d components (%s), %d repetition(s)", size.id(), size.label(), size.classes(),
        size.componentCount(), size.mix(), n);
    ProjectCheck check = new ProjectCheck(size, failures);
    Path gen = dir.resolve("gen");

    // Untimed first run: warms the file cache, checks the output, and writes the project folder for HubSpot's parser.
    Path projectDir = dir.resolve("hubspot-project");
    Run first = javac.compile(Config.HUBSPOT, dir, argfile, projectDir);
    log("  first run (untimed, with -Ahubspot.projectDir): %s", Report.describe(first));
    int written = check.check(first, gen, projectDir);

    Map<Config, List<Run>> runs = new EnumMap<>(Config.class);
    List<Config> configs = new ArrayList<>(List.of(Config.NONE, Config.HUBSPOT, Config.HUBSPOT_NO_HELPER));
    if (options.noop) {
      configs.addAll(1, List.of(Config.NOOP, Config.NOOP_SOURCE));
    }
    configs.forEach(c -> runs.put(c, new ArrayList<>()));
    for (int rep = 0; rep < n; rep++) {
      for (int k = 0; k < configs.size(); k++) {
        Config config = configs.get((k + rep) % configs.size());
        gate.waitForIdle();
        Run run = javac.compile(config, dir, argfile, null);
        log("  rep %d/%d %-16s %s", rep + 1, n, config.label, Report.describe(run));
        if (!run.ok()) {
          failures.add("size " + size.id() + ", " + config.label + ": javac exit " + run.exitCode() + "\n"
              + run.output());
        } else if (config.isHubSpot()) {
          check.check(run, gen, null);
        }
        runs.get(config).add(run);
      }
    }

    List<WarmResult> warmResults = new ArrayList<>();
    List<WarmProfile> profiles = new ArrayList<>();
    for (IdeEdit edit : IdeEdit.ALL) {
      if (size.components().getOrDefault(edit.kind(), 0) > 0) {
        Path file = oneEditedFile(edit, size, dir, argfile, n, runs, check);
        if (options.warm) {
          warmResults.add(warmJvm(edit, size, dir, file, check));
        }
        if (options.warmProfile > 0) {
          profiles.add(warmProfile(edit, size, dir, file));
        }
      }
    }

    HubSpotParser.Timing parsed = new HubSpotParser.Timing(List.of(), "");
    if (parser.enabled() && first.ok()) {
      parsed = parser.time(size, dir, projectDir, Math.min(n, options.validateReps), failures);
      log("  HubSpot's parser: %s (median %d ms)", HubSpotParser.lastLine(parsed.output()),
          Report.median(parsed.nanos()) / 1_000_000);
    }
    return new Result(size, n, runs, written, size.expectedFileCount(), parsed.nanos(), parsed.output(), warmResults,
        profiles);
  }

  /**
   * What an IDE or Gradle does after an edit: one class edited, recompiled alone against the full build's classes,
   * with hubspot-apt (which takes the other types from its bookkeeping files) and with {@code -proc:none}, in turn;
   * and the first such compilation after a full build, once per repetition. Each repetition edits the class anew
   * ({@link IdeEdit}); the source is restored afterwards. Returns the edited file.
   */
  private Path oneEditedFile(IdeEdit edit, Size size, Path dir, Path argfile, int n, Map<Config, List<Run>> runs,
      ProjectCheck check) throws Exception {
    Path file;
    try (Stream<Path> files = Files.walk(dir.resolve("src"))) {
      file = files.filter(f -> f.getFileName().toString().matches(edit.fileRegex())).sorted().findFirst()
          .orElseThrow();
    }
    String source = Files.readString(file);
    List<Config> configs = List.of(edit.none(), edit.hubspot());
    configs.forEach(c -> runs.put(c, new ArrayList<>()));
    runs.put(edit.first(), new ArrayList<>());
    try {
      // The first edit after a full build (untimed), which has only what the full build kept, then the edits after it.
      for (int rep = 0; rep < n; rep++) {
        Run full = javac.compile(Config.HUBSPOT, dir, argfile, null);
        log("  full build before the first %s run (untimed): %s", edit.label(), Report.describe(full));
        Files.writeString(file, edit.edited(source, n + rep + 1));
        gate.waitForIdle();
        Run first = javac.compileOne(edit.first(), dir, file);
        log("  rep %d/%d %-24s %s", rep + 1, n, edit.first().label, Report.describe(first));
        if (!first.ok()) {
          failures.add("size " + size.id() + ", " + edit.first().label + ": javac exit " + first.exitCode() + "\n"
              + first.output());
        } else {
          check.check(first, dir.resolve("gen"), null);
        }
        runs.get(edit.first()).add(first);
      }
      for (int rep = 0; rep < n; rep++) {
        Files.writeString(file, edit.edited(source, rep + 1));
        for (int k = 0; k < configs.size(); k++) {
          Config config = configs.get((k + rep) % configs.size());
          gate.waitForIdle();
          Run run = javac.compileOne(config, dir, file);
          log("  rep %d/%d %-24s %s", rep + 1, n, config.label, Report.describe(run));
          if (!run.ok()) {
            failures.add("size " + size.id() + ", " + config.label + ": javac exit " + run.exitCode() + "\n"
                + run.output());
          } else if (config.isHubSpot()) {
            check.check(run, dir.resolve("gen"), null);
          }
          runs.get(config).add(run);
        }
      }
    } finally {
      Files.writeString(file, source);
    }
    return file;
  }

  /**
   * The same edit in a warm JVM ({@link WarmJvm}, {@link WarmCompiler}), after the fresh-javac runs, on their build;
   * then the project the last hubspot-apt compilation left is checked.
   */
  private WarmResult warmJvm(IdeEdit edit, Size size, Path dir, Path file, ProjectCheck check) throws Exception {
    gate.waitForIdle();
    long start = System.nanoTime();
    WarmResult result = warm.time(edit, dir, file, failures);
    log("  warm JVM, %s: %d + %d rounds in %d s; median ms %s", edit.label(), options.warmWarmup, options.warmReps,
        (System.nanoTime() - start) / 1_000_000_000, result.medians());
    check.project("size " + size.id() + ", warm JVM, " + edit.label() + ": ", dir.resolve("gen"), null);
    return result;
  }

  /** The same edit profiled in a warm JVM; every class one new-loader compilation loaded goes to a file beside. */
  private WarmProfile warmProfile(IdeEdit edit, Size size, Path dir, Path file) throws Exception {
    WarmProfile profile = warm.profile(edit, dir, file, failures);
    Path list = dir.resolve("warm-classes-" + edit.kind().name().toLowerCase(Locale.ROOT) + ".txt");
    Files.writeString(list, profile.classList(WarmConfig.NEW_LOADER));
    log("  warm JVM profile, %s: classes of one new-loader compilation in %s", edit.label(), list);
    return profile;
  }

  static void log(String format, Object... args) {
    System.err.println(String.format(Locale.ROOT, format, args));
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
