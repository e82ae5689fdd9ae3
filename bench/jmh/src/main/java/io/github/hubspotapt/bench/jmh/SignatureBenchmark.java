package io.github.hubspotapt.bench.jmh;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.signature.SignatureVerifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The v3 signature check alone, over the 100-event batch's body: the library's {@link
 * SignatureVerifier} beside the hand-written check. One operation is one event (the batch's cost
 * divided by its 100 events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(WebhookBatch.EVENTS)
public class SignatureBenchmark {

  private HubSpotRequest request;
  private SignatureVerifier library;
  private HandWrittenVerifier handWritten;

  @Setup
  public void sign() {
    request = SignedRequests.post(WebhookBatch.TARGET_URL, WebhookBatch.json());
    library =
        SignatureVerifier.builder(SignedRequests.CLIENT_SECRET).clock(SignedRequests.CLOCK).build();
    handWritten = new HandWrittenVerifier(SignedRequests.CLIENT_SECRET, SignedRequests.CLOCK);
    if (!library.verify(request, WebhookBatch.TARGET_URL).verified() || !handWritten()) {
      throw new IllegalStateException("the benchmark's request does not verify");
    }
  }

  @Benchmark
  public boolean library() {
    return library.verify(request, WebhookBatch.TARGET_URL).verified();
  }

  @Benchmark
  public boolean handWritten() {
    return handWritten.isValid(
        request.method(),
        WebhookBatch.TARGET_URL,
        request.body(),
        request.header("X-HubSpot-Signature-v3"),
        request.header("X-HubSpot-Request-Timestamp"));
  }
}
