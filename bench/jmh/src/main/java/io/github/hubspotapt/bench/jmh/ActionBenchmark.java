package io.github.hubspotapt.bench.jmh;

import io.github.hubspotapt.bench.jmh.Invoices.CreateInvoice;
import io.github.hubspotapt.bench.jmh.Invoices.Created;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.MalformedRequestException;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.action.ActionEndpoint;
import io.github.hubspotapt.runtime.action.ExecutionRequest;
import io.github.hubspotapt.runtime.action.ExecutionResult;
import io.github.hubspotapt.runtime.action.InputValues;
import io.github.hubspotapt.runtime.action.OutputFields;
import io.github.hubspotapt.runtime.signature.SignatureVerifier;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One workflow-action execution request, verified, parsed, its input converted, the handler called
 * and its output answered, in process: the endpoint's {@code handle} called directly. The library's
 * endpoint beside the hand-written one. One operation is one execution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ActionBenchmark {

  private HubSpotRequest request;
  private ActionEndpoint<CreateInvoice, Created> library;
  private HandWrittenAction handWritten;

  @Setup
  public void sign() {
    request = SignedRequests.post(Invoices.ACTION_URL, Invoices.EXECUTION);
    library =
        ActionEndpoint.of(
            SignatureVerifier.builder(SignedRequests.CLIENT_SECRET)
                .clock(SignedRequests.CLOCK)
                .build(),
            Invoices.ACTION_URL,
            ActionBenchmark::read,
            (input, context) -> ExecutionResult.success(Invoices.create(input)),
            ActionBenchmark::write,
            new RequestLog());
    check(library(), "library");
    handWritten =
        new HandWrittenAction(
            new HandWrittenVerifier(SignedRequests.CLIENT_SECRET, SignedRequests.CLOCK));
    check(handWritten(), "hand-written");
  }

  /** Both sides answer the same output, or the numbers would measure something else. */
  private static void check(HubSpotResponse response, String side) {
    if (response.status() != 200
        || !response.bodyText().contains("\"invoiceNumber\":\"A-0124950-S24\"")) {
      throw new IllegalStateException(side + ": " + response.status() + " " + response.bodyText());
    }
  }

  /**
   * The reader the annotation processor generates for the input record: one InputValues call per
   * component.
   */
  private static CreateInvoice read(ExecutionRequest request) throws MalformedRequestException {
    return new CreateInvoice(
        InputValues.bigDecimal(request, "amount", true),
        InputValues.enumValue(request, "currency", true, Invoices.CURRENCIES),
        InputValues.booleanValue(request, "sendToContact", false),
        InputValues.string(request, "note", false));
  }

  /** The writer for the output record: one output field per component. */
  private static Map<String, String> write(Created output) {
    return new OutputFields().put("invoiceNumber", output.invoiceNumber()).toMap();
  }

  @Benchmark
  public HubSpotResponse library() {
    return library.handle(request);
  }

  @Benchmark
  public HubSpotResponse handWritten() {
    return handWritten.handle(request);
  }
}
