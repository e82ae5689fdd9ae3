import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link WarmCompiler} in a JVM of its own (the javac's JDK, the javac JVM flags, only the benchmark's classes on
 * the class path, so that the processor's come from its processor-path loader) on a size's full build, for one
 * {@link IdeEdit}: timed ({@link #time}), or profiled under {@code -Xlog:class+load} ({@link #profile}).
 */
final class WarmJvm {

  private final Options options;

  WarmJvm(Options options) {
    this.options = options;
  }

  /** The timed rounds; a failed compilation is added to {@code failures}. */
  WarmResult time(IdeEdit edit, Path dir, Path source, List<String> failures) throws Exception {
    Exec exec = Exec.run(command(edit, dir, source, options.warmReps, List.of(), false), dir);
    Map<WarmConfig, List<WarmRun>> runs = new EnumMap<>(WarmConfig.class);
    for (WarmConfig config : WarmConfig.values()) {
      runs.put(config, new ArrayList<>());
    }
    exec.output().lines().map(WarmRun::parse).filter(run -> run != null)
        .forEach(run -> runs.get(run.config()).add(run));
    if (exec.exitCode() != 0) {
      failures.add("warm JVM, " + edit.label() + ": exit " + exec.exitCode() + "\n" + exec.output());
    }
    return new WarmResult(edit, options.warmWarmup, runs);
  }

  /** The profiled rounds: what each compilation loads, and the JVM's class-loading times. */
  WarmProfile profile(IdeEdit edit, Path dir, Path source, List<String> failures) throws Exception {
    List<String> flags = List.of("-Xlog:class+load=info:stdout", "--add-exports",
        "java.management/sun.management=ALL-UNNAMED", "--add-exports",
        "java.management/sun.management.counter=ALL-UNNAMED");
    Exec exec = Exec.run(command(edit, dir, source, options.warmProfile, flags, true), dir);
    if (exec.exitCode() != 0) {
      failures.add("warm JVM profile, " + edit.label() + ": exit " + exec.exitCode() + "\n" + exec.output());
    }
    return WarmProfile.read(edit, exec.output());
  }

  private List<String> command(IdeEdit edit, Path dir, Path source, int rounds, List<String> flags, boolean profile)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(options.javac.resolveSibling("java").toString());
    cmd.addAll(options.javacJvmFlags);
    cmd.addAll(flags);
    cmd.addAll(List.of("-cp", benchClasses().toString(), WarmCompiler.class.getName(),
        "--annotations", options.annotationsJar.toString(), "--processor", options.processorJar.toString(),
        "--noop", options.noopProcessor.toString(), "--build", dir.toString(), "--source", source.toString(),
        "--edit", Integer.toString(IdeEdit.ALL.indexOf(edit)), "--warmup", Integer.toString(options.warmWarmup),
        "--rounds", Integer.toString(rounds)));
    if (profile) {
      cmd.add("--profile");
    }
    return cmd;
  }

  /** This benchmark's compiled classes (bench/target/classes), without the processor jar run.sh adds. */
  private static Path benchClasses() throws Exception {
    return Path.of(WarmCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
