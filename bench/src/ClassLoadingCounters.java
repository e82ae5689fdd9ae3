import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HotSpot's class-loading time counters ({@code sun.cls.*}, as {@code jcmd PerfCounter.print} shows them), read in
 * process through {@code sun.management}, which the profiling JVM exports to this benchmark
 * ({@code --add-exports java.management/sun.management=ALL-UNNAMED}, and {@code sun.management.counter}). Each event
 * kind has an inclusive time and a {@code .self} time without the other kinds nested in it; {@code sun.cls.time}
 * is all of class loading, linking and static initialization, once. Values in nanoseconds.
 */
final class ClassLoadingCounters {

  /** The counters {@link WarmProfile} reports, by their HotSpot names. */
  static final List<String> NAMES = List.of(
      "sun.cls.time", // all of it, outermost events only
      "sun.cls.appClassLoadTime.self", // loadClass of class loaders other than the boot loader, in Java
      "sun.cls.defineAppClassTime.self", // parsing and defining their class files
      "sun.cls.classLinkedTime.self", // linking (rewriting, method entry points), verification apart
      "sun.cls.classVerifyTime.self", // bytecode verification
      "sun.cls.classInitTime.self"); // static initializers

  private final Object vm;
  private final Method internalCounters;
  private final Method name;
  private final Method value;

  ClassLoadingCounters() {
    try {
      Class<?> helper = Class.forName("sun.management.ManagementFactoryHelper");
      vm = helper.getMethod("getVMManagement").invoke(null);
      internalCounters = Class.forName("sun.management.VMManagement").getMethod("getInternalCounters", String.class);
      Class<?> counter = Class.forName("sun.management.counter.Counter");
      name = counter.getMethod("getName");
      value = counter.getMethod("getValue");
      read();
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("HotSpot's counters need --add-exports java.management/sun.management="
          + "ALL-UNNAMED and java.management/sun.management.counter=ALL-UNNAMED: " + e, e);
    }
  }

  /** The counters of {@link #NAMES}, in nanoseconds. */
  Map<String, Long> read() {
    try {
      Map<String, Long> ticks = new LinkedHashMap<>();
      for (Object counter : (List<?>) internalCounters.invoke(vm, "sun\\.cls\\..*|sun\\.os\\.hrt\\.frequency")) {
        ticks.put((String) name.invoke(counter), ((Number) value.invoke(counter)).longValue());
      }
      double nanosPerTick = 1e9 / ticks.get("sun.os.hrt.frequency");
      Map<String, Long> nanos = new LinkedHashMap<>();
      NAMES.forEach(n -> nanos.put(n, Math.round(ticks.getOrDefault(n, 0L) * nanosPerTick)));
      return nanos;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code name=nanos} for each counter, what it grew by from {@code before} to {@code after}. */
  static String format(Map<String, Long> before, Map<String, Long> after) {
    return NAMES.stream().map(n -> String.format(Locale.ROOT, "%s=%d", n, after.get(n) - before.get(n)))
        .collect(Collectors.joining(" "));
  }
}
