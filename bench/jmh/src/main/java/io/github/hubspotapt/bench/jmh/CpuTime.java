package io.github.hubspotapt.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The benchmarks' two sides measured by the CPU time of the calling thread instead of the clock: on
 * a machine whose cores other processes share, JMH's throughput follows their load, while the CPU
 * time a call takes moves much less. Library and hand-written calls alternate in rounds in one JVM;
 * the median of the second half of the rounds (the first half warms up) is reported. Run with
 * {@code java -cp bench/jmh/target/benchmarks.jar io.github.hubspotapt.bench.jmh.CpuTime [rounds]}.
 */
public final class CpuTime {

  private static final int BATCHES_PER_ROUND = 400;
  private static final int EXECUTIONS_PER_ROUND = 20_000;

  private CpuTime() {}

  /**
   * Measures the webhook and the action benchmark.
   *
   * @param args the number of rounds, 30 by default
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    // JMH makes a Blackhole refuse to be built outside a benchmark unless the caller says it knows
    // why.
    Blackhole blackhole =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    WebhookBenchmark webhooks = new WebhookBenchmark();
    webhooks.sign(blackhole);
    report(
        "webhook, ns per event",
        measure(
            rounds,
            BATCHES_PER_ROUND,
            WebhookBatch.EVENTS,
            webhooks::library,
            webhooks::handWritten,
            blackhole));
    ActionBenchmark action = new ActionBenchmark();
    action.sign();
    report(
        "action, ns per execution",
        measure(rounds, EXECUTIONS_PER_ROUND, 1, action::library, action::handWritten, blackhole));
  }

  /** The medians, library then hand-written, in ns per operation. */
  private static double[] measure(
      int rounds,
      int calls,
      int operationsPerCall,
      Supplier<Object> library,
      Supplier<Object> handWritten,
      Blackhole blackhole) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] libraryNanos = new double[rounds];
    double[] handWrittenNanos = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < calls; i++) {
        blackhole.consume(library.get());
      }
      long middle = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < calls; i++) {
        blackhole.consume(handWritten.get());
      }
      long end = threads.getCurrentThreadCpuTime();
      libraryNanos[round] = (middle - start) / (double) calls / operationsPerCall;
      handWrittenNanos[round] = (end - middle) / (double) calls / operationsPerCall;
    }
    return new double[] {warmMedian(libraryNanos), warmMedian(handWrittenNanos)};
  }

  private static double warmMedian(double[] nanos) {
    double[] warm = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }

  private static void report(String what, double[] nanos) {
    System.out.printf(
        "%s: library %.0f, hand-written %.0f, library / hand-written %.2fx"
            + " (%,.0f vs %,.0f per s of CPU)%n",
        what, nanos[0], nanos[1], nanos[1] / nanos[0], 1e9 / nanos[0], 1e9 / nanos[1]);
  }
}
