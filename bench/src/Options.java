import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's command line. */
final class Options {

  static final String USAGE = """
      usage: bench/run.sh [--no-build] [options], which compiles bench/src/ and runs
             java -cp CLASSES Benchmark --annotations JAR --processor JAR [options]
        --sizes a,b,...      sizes to run (default all: a: 1 app + 1 card; b: 100 classes, 20 components;
                             c: 1,000 classes, 200 components; d2500, d5000, d: 2,500, 5,000, 10,000 components;
                             b to d: cards, workflow actions, webhook subscriptions and app events in equal
                             shares, app events at most 750)
        --reps N             timed repetitions per configuration for every size
        --reps-SIZE N        ... for one size, e.g. --reps-d 2 (defaults: a 10, b 7, c 5; d2500, d5000, d 3)
        --validate-reps N    timed runs of HubSpot's parser per size (default 3, at most --reps)
        --javac PATH         the javac to fork (default: the one of the JDK running this program)
        --parser-classpath PATH  the hubspot-apt-maven-plugin jar (or maven-plugin/target/classes), whose
                             ProjectParserMain runs HubSpot's parser (needs node 18+ and npm); omitted: not timed
        --noop-processor DIR the compiled NoopProcessor (bench/src/noop; run.sh passes bench/target/noop-processor)
        --no-noop            skip the fresh-javac no-op-processor configurations (the warm JVM keeps its own)
        --warm-warmup N      warm JVM: untimed rounds of every configuration before the timed ones (default 20)
        --warm-reps N        warm JVM: timed rounds (default 20); each round compiles every configuration once
        --warm-profile N     warm JVM: also N profiled rounds in a JVM of their own, under -Xlog:class+load (what
                             each compilation loads, and the JVM's class-loading times); default 0: none
        --no-warm            skip the warm-JVM cases
        --javac-jvm FLAG     extra flag for the javac JVM (repeatable), e.g. -XX:+UseSerialGC
        --idle PCT           before each timed run, wait until the CPUs were at least PCT% idle over 1 s
                             (other processes on a shared machine skew wall times); 0: never wait (default 85)
        --max-wait SECONDS   ... but at most this long per run, then run anyway (default 120)
        --out FILE           also write the Markdown results there
        --work DIR           where to generate projects (default: a new temp dir, deleted afterwards)
        --keep               keep the generated projects
        --note TEXT          a line for the report's header (repeatable), e.g. the commit the jars come from
        --smoke              size a, 1 repetition, 3 + 3 warm rounds; exit 1 unless hubspot-apt compiled it and
                             wrote the 3 files
      """;

  Path annotationsJar;
  Path processorJar;
  Path javac = Paths.get(System.getProperty("java.home"), "bin", "javac");
  /** The plugin's jar or classes folder, whose ProjectParserMain runs HubSpot's parser; null: not timed. */
  Path parserClasspath;
  Path out;
  Path work;
  boolean keep;
  boolean smoke;
  boolean noop = true;
  /** The compiled no-op processor: a folder with NoopProcessor.class. */
  Path noopProcessor;
  boolean warm = true;
  int warmWarmup = 20;
  int warmReps = 20;
  int warmProfile;
  List<String> sizeIds = List.of("a", "b", "c", "d2500", "d5000", "d");
  int validateReps = 3;
  /** Before each timed run, wait (up to maxWaitSeconds) until the machine is at least this idle, in percent. */
  int idlePercent = 85;
  int maxWaitSeconds = 120;
  final Map<String, Integer> reps = new LinkedHashMap<>();
  final List<String> javacJvmFlags = new ArrayList<>();
  /** Lines for the report's header, e.g. the commit the jars were built from. */
  final List<String> notes = new ArrayList<>();

  /** Throws IllegalArgumentException for a command line it cannot take; prints the usage and exits on --help. */
  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--annotations" -> o.annotationsJar = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--processor" -> o.processorJar = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--sizes" -> o.sizeIds = List.of(value(args, ++i, arg).split(","));
        case "--reps" -> {
          int n = positive(value(args, ++i, arg), arg);
          Size.ALL.forEach(size -> o.reps.put(size.id(), n));
        }
        case "--javac" -> o.javac = Paths.get(value(args, ++i, arg));
        case "--parser-classpath" -> o.parserClasspath = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--no-validate" -> o.parserClasspath = null;
        case "--validate-reps" -> o.validateReps = positive(value(args, ++i, arg), arg);
        case "--no-noop" -> o.noop = false;
        case "--noop-processor" -> o.noopProcessor = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--warm-warmup" -> o.warmWarmup = positive(value(args, ++i, arg), arg);
        case "--warm-reps" -> o.warmReps = positive(value(args, ++i, arg), arg);
        case "--warm-profile" -> o.warmProfile = positive(value(args, ++i, arg), arg);
        case "--no-warm" -> o.warm = false;
        case "--javac-jvm" -> o.javacJvmFlags.add(value(args, ++i, arg));
        case "--idle" -> o.idlePercent = Integer.parseInt(value(args, ++i, arg));
        case "--max-wait" -> o.maxWaitSeconds = Integer.parseInt(value(args, ++i, arg));
        case "--out" -> o.out = Paths.get(value(args, ++i, arg));
        case "--work" -> o.work = Paths.get(value(args, ++i, arg)).toAbsolutePath();
        case "--keep" -> o.keep = true;
        case "--note" -> o.notes.add(value(args, ++i, arg));
        case "--smoke" -> o.smoke = true;
        case "--help", "-h" -> {
          System.out.println(USAGE);
          System.exit(0);
        }
        default -> {
          if (arg.startsWith("--reps-")) {
            String id = arg.substring("--reps-".length());
            Size.byId(id);
            o.reps.put(id, positive(value(args, ++i, arg), arg));
          } else {
            throw new IllegalArgumentException("unknown argument " + arg);
          }
        }
      }
    }
    if (o.annotationsJar == null || o.processorJar == null || o.noopProcessor == null) {
      throw new IllegalArgumentException("--annotations, --processor and --noop-processor are required");
    }
    if (!Files.isRegularFile(o.noopProcessor.resolve("NoopProcessor.class"))) {
      throw new IllegalArgumentException("no NoopProcessor.class in " + o.noopProcessor);
    }
    for (Path jar : List.of(o.annotationsJar, o.processorJar)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException("no such file: " + jar);
      }
    }
    if (o.smoke) {
      o.sizeIds = List.of("a");
      Size.ALL.forEach(size -> o.reps.put(size.id(), 1));
      o.noop = false;
      o.warmWarmup = 3;
      o.warmReps = 3;
    }
    o.sizeIds.forEach(Size::byId);
    return o;
  }

  /** The idle gate the options ask for: off for a smoke run, which is not timed for the record. */
  IdleGate idleGate() {
    return new IdleGate(smoke ? 0 : idlePercent, maxWaitSeconds);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException(option + " needs a positive number, not " + text);
  }
}
