import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The warm JVM of issue #30, as a Gradle daemon or an IDE's build process keeps it: one JVM recompiles the edited class
 * again and again through {@link ToolProvider#getSystemJavaCompiler()} against the full build's classes, every
 * {@link WarmConfig} in turn in each round (rotating the order), the file edited anew before every compilation (so
 * that each hubspot-apt run sees a changed card). Untimed rounds first, until javac is JIT-compiled; then one
 * {@link WarmRun} line per timed compilation on stdout.
 *
 * <p>Processors come from a class loader over the processor path ({@link CountingLoader}, parent: the application
 * class loader, which holds this benchmark's classes but not the processor jar), instantiated as javac and Gradle do
 * (the jar's service file; {@code NoopProcessor} by name) and handed to the task; a new file manager per compilation,
 * as Gradle makes one. With {@code --profile}, each compilation is bracketed by lines that {@link WarmProfile} reads,
 * the JVM's class-loading counters ({@link ClassLoadingCounters}) on the closing one: run under
 * {@code -Xlog:class+load} (to stdout), what lies between them is what that compilation loaded.
 *
 * <p>Started by {@link WarmJvm}: {@code java -cp <bench classes> WarmCompiler --annotations JAR --processor JAR
 * --noop DIR --build DIR --source FILE --edit N --warmup N --rounds N [--profile]}; exit 1 on a failed compilation.
 */
final class WarmCompiler {

  static final String BEGIN = "bench-warm begin ";
  static final String END = "bench-warm end ";
  /** Edit numbers start here, apart from those of the fresh-javac runs before. */
  private static final int FIRST_EDIT = 1000;

  private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final ClassLoadingMXBean classLoading = ManagementFactory.getClassLoadingMXBean();
  private final Path annotationsJar;
  private final URL processorJar;
  private final URL noopDir;
  private final Path build;
  private final Path source;
  private final IdeEdit edit;
  private final ClassLoadingCounters counters;
  /** The loader of {@link WarmConfig#KEPT_LOADER}, made at its first compilation. */
  private CountingLoader kept;
  private int edits = FIRST_EDIT;

  private WarmCompiler(Map<String, String> args) throws IOException {
    annotationsJar = Paths.get(args.get("--annotations"));
    processorJar = Paths.get(args.get("--processor")).toUri().toURL();
    noopDir = Paths.get(args.get("--noop")).toUri().toURL();
    build = Paths.get(args.get("--build"));
    source = Paths.get(args.get("--source"));
    edit = IdeEdit.ALL.get(Integer.parseInt(args.get("--edit")));
    counters = args.containsKey("--profile") ? new ClassLoadingCounters() : null;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      args.put(argv[i], argv[i].equals("--profile") ? "" : argv[++i]);
    }
    WarmCompiler warm = new WarmCompiler(args);
    try {
      warm.rounds(Integer.parseInt(args.get("--warmup")), Integer.parseInt(args.get("--rounds")));
    } catch (CompilationFailed e) {
      System.out.println("bench-warm FAILED: " + e.getMessage());
      System.exit(1);
    }
  }

  private void rounds(int warmup, int timed) throws Exception {
    String original = Files.readString(source);
    WarmConfig[] configs = WarmConfig.values();
    try {
      for (int round = 0; round < warmup + timed; round++) {
        for (int k = 0; k < configs.length; k++) {
          WarmConfig config = configs[(k + round) % configs.length];
          Files.writeString(source, edit.edited(original, edits++));
          // Warm-up rounds do all that timed ones do but print, so that what only a first call loads (formatting,
          // the counters) is loaded before the profiled compilations.
          boolean shown = round >= warmup;
          if (shown && counters != null) {
            System.out.println(BEGIN + config);
          }
          Map<String, Long> before = counters == null ? null : counters.read();
          WarmRun run = compile(config);
          String end = counters == null ? null : END + config + " " + ClassLoadingCounters.format(before,
              counters.read());
          String line = run.line();
          if (shown) {
            if (end != null) {
              System.out.println(end);
            }
            System.out.println(line);
          }
        }
      }
    } finally {
      Files.writeString(source, original);
      if (kept != null) {
        kept.close();
      }
    }
  }

  /** One compilation of the edited class in {@code config}, timed from making the processors' loader on. */
  private WarmRun compile(WarmConfig config) throws Exception {
    long cpu = threads.getCurrentThreadCpuTime();
    long jvmClasses = classLoading.getTotalLoadedClassCount();
    long start = System.nanoTime();
    Path classes = build.resolve("classes");
    List<String> options = new ArrayList<>(List.of("-cp", annotationsJar + java.io.File.pathSeparator + classes,
        "-encoding", "UTF-8"));
    CountingLoader loader = null;
    int definedBefore = 0;
    long loadNanosBefore = 0;
    List<Processor> processors = new ArrayList<>();
    switch (config) {
      case NONE -> options.addAll(List.of("-proc:none", "-d", scratch()));
      case NOOP -> {
        loader = new CountingLoader(noopDir);
        processors.add((Processor) loader.loadClass("NoopProcessor").getDeclaredConstructor().newInstance());
        options.addAll(List.of("-d", scratch()));
      }
      case NEW_LOADER, KEPT_LOADER -> {
        if (config == WarmConfig.NEW_LOADER) {
          loader = new CountingLoader(processorJar);
        } else {
          kept = kept == null ? new CountingLoader(processorJar) : kept;
          loader = kept;
          definedBefore = kept.definedCount();
          loadNanosBefore = kept.loadNanos();
        }
        ServiceLoader.load(Processor.class, loader).forEach(processors::add);
        options.addAll(List.of("-d", classes.toString(), "-s", build.resolve("gen").toString(), "-Ahubspot.verbose"));
      }
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source));
      if (config != WarmConfig.NONE) {
        task.setProcessors(processors);
      }
      ok = task.call();
    } finally {
      if (loader != null && loader != kept) {
        loader.close();
      }
    }
    long wall = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
    String note = check(config, ok, diagnostics);
    Matcher own = JavacRunner.PROCESSOR_NOTE.matcher(note);
    Matcher steps = Report.STEPS.matcher(note);
    long processorMs = own.find() ? Long.parseLong(own.group(2)) : -1;
    int defined = loader == null ? 0 : loader.definedCount() - definedBefore;
    long loadNanos = loader == null ? 0 : loader.loadNanos() - loadNanosBefore;
    return new WarmRun(config, wall, cpuNanos, processorMs, defined, loadNanos,
        classLoading.getTotalLoadedClassCount() - jvmClasses, steps.find() ? steps.group(1) : "");
  }

  /** The folder the configurations without hubspot-apt compile into, so that the build's classes stay its. */
  private String scratch() throws IOException {
    return Files.createDirectories(build.resolve("classes-one")).toString();
  }

  /**
   * hubspot-apt's note with its own time ("" without hubspot-apt); throws unless the compilation succeeded without a
   * warning, and hubspot-apt printed its note.
   */
  private static String check(WarmConfig config, boolean ok, DiagnosticCollector<JavaFileObject> diagnostics) {
    StringBuilder text = new StringBuilder();
    String note = "";
    boolean clean = ok;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      text.append(d.getKind()).append(": ").append(message).append('\n');
      note = JavacRunner.PROCESSOR_NOTE.matcher(message).find() ? message : note;
      clean &= d.getKind() == Diagnostic.Kind.NOTE || d.getKind() == Diagnostic.Kind.OTHER;
    }
    if (!clean || (config.isHubSpot() && note.isEmpty())) {
      throw new CompilationFailed(config.label + (ok ? "" : ": javac failed") + "\n" + text);
    }
    return note;
  }

  /** A warm compilation that failed, warned, or lacked hubspot-apt's note. */
  private static final class CompilationFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CompilationFailed(String message) {
      super(message);
    }
  }
}
