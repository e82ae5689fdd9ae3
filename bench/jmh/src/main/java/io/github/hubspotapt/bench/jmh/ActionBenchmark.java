package io.github.hubspotapt.bench.jmh;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One workflow-action execution request, verified, parsed, its input converted, the handler called and its output
 * answered, in process: the endpoint's {@code handle} called directly. The library's endpoint beside the hand-written
 * one. One operation is one execution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ActionBenchmark {

  private HubSpotRequest request;
  private HandWrittenAction handWritten;

  @Setup
  public void sign() {
    request = SignedRequests.post(Invoices.ACTION_URL, Invoices.EXECUTION);
    handWritten = new HandWrittenAction(new HandWrittenVerifier(SignedRequests.CLIENT_SECRET, SignedRequests.CLOCK));
    check(handWritten(), "hand-written");
  }

  /** Both sides answer the same output, or the numbers would measure something else. */
  private static void check(HubSpotResponse response, String side) {
    if (response.status() != 200 || !response.bodyText().contains("\"invoiceNumber\":\"A-0124950-S24\"")) {
      throw new IllegalStateException(side + ": " + response.status() + " " + response.bodyText());
    }
  }

  @Benchmark
  public HubSpotResponse handWritten() {
    return handWritten.handle(request);
  }
}
