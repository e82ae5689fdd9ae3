import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs javac: one fresh process per compilation, on clean output folders, in one of the {@link Config}s, wrapped in
 * GNU {@code time -v} (when there is one) for the peak resident set size and CPU time of the javac JVM.
 */
final class JavacRunner {

  static final Pattern PROCESSOR_NOTE =
      Pattern.compile("hubspot-apt: (\\d+) annotated types, (\\d+) ms in the processor");

  final Path javac;
  final Path processorJar;
  final List<String> jvmFlags;
  private final Path annotationsJar;
  /** GNU time, or null: then peak memory and CPU time are not measured. */
  private final Path timeTool;
  /** The no-op processor's classes ({@code NoopProcessor}, bench/src/noop). */
  private final Path noopDir;

  JavacRunner(Options options) {
    this.javac = options.javac;
    this.processorJar = options.processorJar;
    this.annotationsJar = options.annotationsJar;
    this.jvmFlags = List.copyOf(options.javacJvmFlags);
    this.noopDir = options.noopProcessor;
    this.timeTool = findGnuTime();
    if (timeTool == null) {
      System.err.println("benchmark: GNU time (/usr/bin/time -v) not found; peak memory and CPU time are n/a "
          + "(apt-get install time)");
    }
  }

  /** One fresh javac process on a clean output folder (a full build, as Maven does on every change). */
  Run compile(Config config, Path dir, Path argfile, Path projectDir) throws Exception {
    Path classes = dir.resolve("classes");
    Path gen = dir.resolve("gen");
    Benchmark.deleteTree(classes);
    Benchmark.deleteTree(gen);
    if (projectDir != null) {
      Benchmark.deleteTree(projectDir);
    }
    Files.createDirectories(classes);
    Files.createDirectories(gen);
    List<String> cmd = javacCommand(dir);
    cmd.addAll(List.of("-d", classes.toString(), "-s", gen.toString(), "-cp", annotationsJar.toString(),
        "-encoding", "UTF-8"));
    switch (config) {
      case NONE -> cmd.add("-proc:none");
      case NOOP -> cmd.addAll(List.of("-processorpath", noopDir.toString(), "-processor", "NoopProcessor"));
      case NOOP_SOURCE -> cmd.addAll(List.of("-processorpath", noopDir.toString(), "-processor", "NoopProcessor",
          "-Anoop.generate"));
      case HUBSPOT_NO_HELPER -> cmd.addAll(List.of("-processorpath", processorJar.toString(), "-Ahubspot.verbose",
          "-Ahubspot.oauthHelper=false"));
      case HUBSPOT -> {
        cmd.addAll(List.of("-processorpath", processorJar.toString(), "-Ahubspot.verbose"));
        if (projectDir != null) {
          cmd.add("-Ahubspot.projectDir=" + projectDir.toAbsolutePath());
        }
      }
      case ONE_CARD_NONE, ONE_CARD_HUBSPOT, ONE_CARD_FIRST, ONE_HANDLER_NONE, ONE_HANDLER_HUBSPOT,
          ONE_HANDLER_FIRST -> throw new IllegalArgumentException(config + " is compileOne's");
    }
    cmd.add("@" + argfile);
    return execute(cmd, dir);
  }

  /**
   * Recompiles {@code source} alone against the classes of the full build in {@code dir}, as an IDE or Gradle does
   * after an edit: with hubspot-apt into the build's own folders (its bookkeeping files are there); with
   * {@code -proc:none} into a scratch folder, so that the build's classes stay those hubspot-apt's run compiled.
   */
  Run compileOne(Config config, Path dir, Path source) throws Exception {
    Path classes = dir.resolve("classes");
    List<String> cmd = javacCommand(dir);
    cmd.addAll(List.of("-cp", annotationsJar + java.io.File.pathSeparator + classes, "-encoding", "UTF-8"));
    switch (config) {
      case ONE_CARD_NONE, ONE_HANDLER_NONE -> {
        Path scratch = dir.resolve("classes-one");
        Benchmark.deleteTree(scratch);
        Files.createDirectories(scratch);
        cmd.addAll(List.of("-d", scratch.toString(), "-proc:none"));
      }
      case ONE_CARD_HUBSPOT, ONE_CARD_FIRST, ONE_HANDLER_HUBSPOT, ONE_HANDLER_FIRST -> cmd.addAll(List.of("-d", classes.toString(),
          "-s", dir.resolve("gen").toString(), "-processorpath", processorJar.toString(), "-Ahubspot.verbose"));
      default -> throw new IllegalArgumentException(config + " is a full build");
    }
    cmd.add(source.toString());
    return execute(cmd, dir);
  }

  /** javac, under GNU time when there is one, with the JVM flags. */
  private List<String> javacCommand(Path dir) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (timeTool != null) {
      Path timeOut = dir.resolve("time.txt");
      Files.deleteIfExists(timeOut);
      cmd.addAll(List.of(timeTool.toString(), "-v", "-o", timeOut.toString()));
    }
    cmd.add(javac.toString());
    jvmFlags.forEach(flag -> cmd.add("-J" + flag));
    return cmd;
  }

  private Run execute(List<String> cmd, Path dir) throws Exception {
    Path timeOut = dir.resolve("time.txt");
    long start = System.nanoTime();
    Exec exec = Exec.run(cmd, dir);
    long wall = System.nanoTime() - start;
    long rss = -1;
    double cpu = -1;
    if (timeTool != null && Files.isRegularFile(timeOut)) {
      String time = Files.readString(timeOut);
      rss = (long) timeField(time, "Maximum resident set size (kbytes)");
      cpu = timeField(time, "User time (seconds)") + timeField(time, "System time (seconds)");
    }
    long processorMs = -1;
    Matcher note = PROCESSOR_NOTE.matcher(exec.output());
    if (note.find()) {
      processorMs = Long.parseLong(note.group(2));
    }
    return new Run(wall, exec.exitCode(), exec.output(), rss, cpu, processorMs);
  }

  private static double timeField(String text, String field) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.startsWith(field + ":")) {
        return Double.parseDouble(l.substring(field.length() + 1).strip());
      }
    }
    return -1;
  }

  /** The java next to the javac being run, for its version line in the report. */
  String javaVersion(Path dir) throws Exception {
    Exec exec = Exec.run(List.of(javac.resolveSibling("java").toString(), "-version"), dir);
    return Arrays.stream(exec.output().strip().split("\n")).map(String::strip)
        .collect(Collectors.joining("; ", "`", "`"));
  }

  private static Path findGnuTime() {
    for (String candidate : List.of("/usr/bin/time", "/bin/time")) {
      Path path = Paths.get(candidate);
      if (Files.isExecutable(path)) {
        try {
          Process p = new ProcessBuilder(candidate, "-v", "true").redirectErrorStream(true).start();
          String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          if (p.waitFor() == 0 && text.contains("Maximum resident set size")) {
            return path;
          }
        } catch (IOException | InterruptedException e) {
          // not GNU time
        }
      }
    }
    return null;
  }
}
