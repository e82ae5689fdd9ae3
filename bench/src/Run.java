/**
 * One timed javac process: wall time, exit code and output, and from GNU time its peak RSS and CPU time (-1: not
 * measured); {@code processorMs} is the processor's own time from its verbose note (-1: no note).
 */
record Run(long wallNanos, int exitCode, String output, long maxRssKb, double cpuSeconds, long processorMs) {

  boolean ok() {
    return exitCode == 0;
  }
}
