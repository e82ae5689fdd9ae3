import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * Before each timed run, waits (up to {@code maxWaitSeconds}) until the CPUs were at least {@code idlePercent} idle
 * over one second (from /proc/stat): other processes on a shared machine skew wall times. Counts the runs that had
 * to start on a busy machine anyway, and the time waited, for the report.
 */
final class IdleGate {

  final int idlePercent;
  final int maxWaitSeconds;
  private int busyStarts;
  private long waitedMillis;

  /** {@code idlePercent} 0 or less: never wait. */
  IdleGate(int idlePercent, int maxWaitSeconds) {
    this.idlePercent = idlePercent;
    this.maxWaitSeconds = maxWaitSeconds;
  }

  boolean enabled() {
    return idlePercent > 0;
  }

  int busyStarts() {
    return busyStarts;
  }

  long waitedMillis() {
    return waitedMillis;
  }

  void waitForIdle() throws InterruptedException {
    if (!enabled()) {
      return;
    }
    long start = System.currentTimeMillis();
    while (true) {
      double idle = idleOverOneSecond();
      if (idle < 0 || idle >= idlePercent) {
        break;
      }
      if (System.currentTimeMillis() - start > maxWaitSeconds * 1000L) {
        busyStarts++;
        Benchmark.log("  (machine still busy after %d s: %.0f%% idle; running anyway)", maxWaitSeconds, idle);
        break;
      }
      Thread.sleep(1000);
    }
    waitedMillis += System.currentTimeMillis() - start;
  }

  /** Percent of CPU time idle over the next second, all CPUs; -1 without /proc/stat. */
  static double idleOverOneSecond() throws InterruptedException {
    long[] before = cpuTicks();
    Thread.sleep(1000);
    long[] after = cpuTicks();
    if (before == null || after == null || after[0] == before[0]) {
      return -1;
    }
    return 100.0 * (after[1] - before[1]) / (after[0] - before[0]);
  }

  /** Total and idle (idle + iowait) ticks of the aggregate cpu line of /proc/stat. */
  static long[] cpuTicks() {
    try {
      String line = Files.readAllLines(Paths.get("/proc/stat")).get(0);
      String[] f = line.trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
