import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What each profiled warm compilation loaded: the {@code -Xlog:class+load} lines between {@link WarmCompiler}'s
 * markers, sorted into {@link Kind}s, and the growth of HotSpot's class-loading counters ({@link ClassLoadingCounters})
 * over it, per {@link WarmConfig}.
 */
record WarmProfile(IdeEdit edit, Map<WarmConfig, List<Compilation>> compilations) {

  /** {@code [0.123s][info][class,load] NAME source: SOURCE} */
  private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source: (.*)$");
  private static final String PROCESSOR_PACKAGE = "io.github.hubspotapt.processor.";

  /** What a loaded class is, by its name and where it came from. */
  enum Kind {
    PROCESSOR("processor-path classes"),
    /** Lambdas and other hidden classes whose host is a processor-path class. */
    PROCESSOR_LAMBDA("their lambdas and hidden classes"),
    REFLECTION("reflection accessors"),
    HIDDEN("method handles, JDK lambdas"),
    JDK("JDK classes used for the first time"),
    OTHER("other");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    static Kind of(String name, String source) {
      if (source.startsWith("file:")) {
        return PROCESSOR;
      }
      if (source.equals("__ClassDefiner__") || name.startsWith("jdk.internal.reflect.Generated")) {
        return REFLECTION;
      }
      if (name.contains("/0x")) {
        return jdk(name) ? HIDDEN : PROCESSOR_LAMBDA;
      }
      if (source.startsWith("jrt:/") || source.equals("shared objects file")) {
        return JDK;
      }
      return OTHER;
    }

    private static boolean jdk(String name) {
      return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
          || name.startsWith("sun.") || name.startsWith("com.sun.");
    }
  }

  record Loaded(String name, String source, Kind kind) {}

  /**
   * One profiled compilation: the classes loaded during it, in order, the counters' growth (ns), and its run (times
   * under {@code -Xlog}, which writes a line per class).
   */
  record Compilation(List<Loaded> loaded, Map<String, Long> counters, WarmRun run) {

    long count(Kind kind) {
      return loaded.stream().filter(c -> c.kind() == kind).count();
    }
  }

  /** Reads the profiling JVM's output. */
  static WarmProfile read(IdeEdit edit, String output) {
    Map<WarmConfig, List<Compilation>> compilations = new EnumMap<>(WarmConfig.class);
    List<Loaded> current = null;
    Map<String, Long> counters = null;
    for (String line : output.lines().toList()) {
      Matcher loaded = LOADED.matcher(line);
      WarmRun run = WarmRun.parse(line);
      if (line.startsWith(WarmCompiler.BEGIN)) {
        current = new ArrayList<>();
      } else if (line.startsWith(WarmCompiler.END) && current != null) {
        String[] fields = line.substring(WarmCompiler.END.length()).split(" ");
        counters = new LinkedHashMap<>();
        for (int i = 1; i < fields.length; i++) {
          String[] kv = fields[i].split("=");
          counters.put(kv[0], Long.parseLong(kv[1]));
        }
      } else if (run != null && counters != null) { // the END line's compilation
        compilations.computeIfAbsent(run.config(), c -> new ArrayList<>()).add(new Compilation(current, counters, run));
        current = null;
        counters = null;
      } else if (current != null && loaded.find()) {
        current.add(new Loaded(loaded.group(1), loaded.group(2), Kind.of(loaded.group(1), loaded.group(2))));
      }
    }
    return new WarmProfile(edit, compilations);
  }

  /** The Markdown tables: per configuration the counts and times, then the new loader's classes by package. */
  String markdown(String size) {
    StringBuilder md = new StringBuilder();
    md.append("\nSize ").append(size).append(", ").append(edit.label()).append(": what one warm compilation loads "
        + "(median of ").append(rounds()).append(" profiled compilations per configuration, in a JVM of their own under"
        + " `-Xlog:class+load`, which slows class loading; the counters' times are HotSpot's, `.self` but the total):"
        + "\n\n| configuration |");
    for (Kind kind : Kind.values()) {
      md.append(' ').append(kind.label).append(" |");
    }
    md.append(" wall ms | CPU ms | processor's own ms | class loading ms (`sun.cls.time`) | loadClass | define | link | verify |"
        + " static init |\n|---|")
        .append("---:|".repeat(Kind.values().length + 3 + ClassLoadingCounters.NAMES.size())).append('\n');
    compilations.forEach((config, list) -> {
      md.append("| ").append(config.label).append(" |");
      for (Kind kind : Kind.values()) {
        md.append(' ').append(Report.median(list.stream().map(c -> c.count(kind)).toList())).append(" |");
      }
      md.append(' ').append(ms(Report.median(list.stream().map(c -> c.run().wallNanos()).toList()))).append(" | ")
          .append(ms(Report.median(list.stream().map(c -> c.run().cpuNanos()).toList()))).append(" | ")
          .append(Report.median(list.stream().map(c -> c.run().processorMs()).toList())).append(" |");
      for (String counter : ClassLoadingCounters.NAMES) {
        md.append(' ').append(ms(Report.median(list.stream().map(c -> c.counters().get(counter)).toList())))
            .append(" |");
      }
      md.append('\n');
    });
    List<Compilation> fresh = compilations.getOrDefault(WarmConfig.NEW_LOADER, List.of());
    if (!fresh.isEmpty()) {
      Compilation last = fresh.get(fresh.size() - 1);
      md.append("\nhubspot-apt, new loader, by package (").append(PROCESSOR_PACKAGE).append("*; one compilation):\n\n")
          .append(byPackage(last, WarmProfile::processorPackage, Kind.PROCESSOR, Kind.PROCESSOR_LAMBDA, 15));
      if (last.count(Kind.JDK) + last.count(Kind.HIDDEN) > 0) {
        md.append("\n... and the JDK's classes it loads (used for the first time; method handles' and JDK lambdas'),"
            + " by package:\n\n").append(byPackage(last, WarmProfile::jdkPackage, Kind.JDK, Kind.HIDDEN, 10));
      }
    }
    return md.toString();
  }

  /** The classes of {@code kind} and {@code extra} in {@code c}, by the package {@code group} gives, most first. */
  private static String byPackage(Compilation c, Function<Loaded, String> group, Kind kind, Kind extra, int top) {
    Map<String, long[]> counts = new TreeMap<>();
    for (Loaded loaded : c.loaded()) {
      if (loaded.kind() == kind || loaded.kind() == extra) {
        counts.computeIfAbsent(group.apply(loaded), p -> new long[2])[loaded.kind() == kind ? 0 : 1]++;
      }
    }
    StringBuilder md = new StringBuilder("| package | " + kind.label + " | " + extra.label + " |\n|---|---:|---:|\n");
    counts.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1])))
        .limit(top)
        .forEach(e -> md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ")
            .append(e.getValue()[1]).append(" |\n"));
    return md.toString();
  }

  /** The processor package of a class or lambda, shaded libraries as one package each. */
  private static String processorPackage(Loaded loaded) {
    String name = host(loaded.name());
    String pkg = name.startsWith(PROCESSOR_PACKAGE) ? name.substring(PROCESSOR_PACKAGE.length()) : name;
    pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "(root)";
    String[] parts = pkg.split("\\.");
    return parts[0].equals("shaded") && parts.length > 1 ? "shaded." + parts[1] : pkg;
  }

  /** The package of a JDK class; hidden classes by their kind (LambdaForm, reflection accessor). */
  private static String jdkPackage(Loaded loaded) {
    String name = host(loaded.name());
    name = name.contains("/0x") ? name.substring(0, name.indexOf('/')) : name;
    return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
  }

  /** A lambda's or other hidden class's host class ({@code Host$$Lambda$12/0x...}), else the name itself. */
  private static String host(String name) {
    int hidden = name.indexOf("$$");
    return hidden > 0 && name.contains("/0x") ? name.substring(0, hidden) : name;
  }

  private int rounds() {
    return compilations.values().stream().mapToInt(List::size).min().orElse(0);
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  /** Every class one compilation of {@code config} loaded, one per line with its kind and source, for a closer look. */
  String classList(WarmConfig config) {
    List<Compilation> list = compilations.getOrDefault(config, List.of());
    return list.isEmpty() ? "" : list.get(list.size() - 1).loaded().stream()
        .map(c -> c.kind() + " " + c.name() + " " + c.source()).collect(Collectors.joining("\n", "", "\n"));
  }
}
