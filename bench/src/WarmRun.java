import java.util.Locale;

/**
 * One timed compilation in the warm JVM ({@link WarmCompiler}): wall and main-thread CPU time, the processor's own
 * time from its verbose note (-1: none), the classes its processor-path loader defined and that loader's time in
 * {@code loadClass} (0 without a processor, and for a kept loader once it holds them all), and every class the JVM
 * loaded meanwhile (the processor's, its lambdas, JDK classes used for the first time, reflection's and method
 * handles' generated classes), and the processor's steps from its note ("" without it). Passed from the warm JVM to
 * the benchmark as one line of its output.
 */
record WarmRun(WarmConfig config, long wallNanos, long cpuNanos, long processorMs, int loaderClasses, long loaderNanos,
    long jvmClasses, String steps) {

  static final String PREFIX = "bench-warm run ";

  String line() {
    return String.format(Locale.ROOT, "%s%s %d %d %d %d %d %d %s", PREFIX, config, wallNanos, cpuNanos, processorMs,
        loaderClasses, loaderNanos, jvmClasses, steps);
  }

  /** The run {@code line} describes; null for another line. */
  static WarmRun parse(String line) {
    if (!line.startsWith(PREFIX)) {
      return null;
    }
    String[] f = line.substring(PREFIX.length()).split(" ", 8);
    return new WarmRun(WarmConfig.valueOf(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
        Integer.parseInt(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), f.length > 7 ? f[7].strip() : "");
  }
}
