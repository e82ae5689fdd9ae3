package io.github.hubspotapt.bench.jmh;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.HubSpotResponse;
import io.github.hubspotapt.runtime.RequestLog;
import io.github.hubspotapt.runtime.signature.SignatureVerifier;
import io.github.hubspotapt.runtime.webhook.WebhookEndpoint;
import io.github.hubspotapt.runtime.webhook.WebhookLimits;
import io.github.hubspotapt.runtime.webhook.WebhookRoute;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A 100-event webhook batch, verified, parsed and dispatched to one listener per subscription, in
 * process: the endpoint's {@code handle} called directly, as an HTTP adapter calls it. The
 * library's endpoint beside the hand-written one. One operation is one event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(WebhookBatch.EVENTS)
public class WebhookBenchmark {

  private HubSpotRequest request;
  private WebhookEndpoint library;
  private HandWrittenWebhooks handWritten;
  private Blackhole blackhole;
  private long handled;

  @Setup
  public void sign(Blackhole blackhole) {
    this.blackhole = blackhole;
    request = SignedRequests.post(WebhookBatch.TARGET_URL, WebhookBatch.json());
    // One route per subscription, as the code generated for four @WebhookSubscription methods
    // declares them.
    library =
        new WebhookEndpoint(
            SignatureVerifier.builder(SignedRequests.CLIENT_SECRET)
                .clock(SignedRequests.CLOCK)
                .build(),
            WebhookBatch.TARGET_URL,
            List.of(
                new WebhookRoute(
                    "object.propertyChange", "deal", "dealstage", "dealStageChanged", this::handle),
                new WebhookRoute(
                    "object.propertyChange",
                    "contact",
                    "lifecyclestage",
                    "lifecycleStageChanged",
                    this::handle),
                new WebhookRoute("object.creation", "contact", "", "contactCreated", this::handle),
                new WebhookRoute("object.deletion", "deal", "", "dealDeleted", this::handle)),
            new RequestLog(),
            WebhookLimits.HUBSPOT);
    check(library(), "library");
    HandWrittenVerifier verifier =
        new HandWrittenVerifier(SignedRequests.CLIENT_SECRET, SignedRequests.CLOCK);
    handWritten =
        new HandWrittenWebhooks(verifier, this::handle, this::handle, this::handle, this::handle);
    check(handWritten(), "hand-written");
  }

  /** Every event of the batch reaches its listener, or the numbers would measure something else. */
  private void check(HubSpotResponse response, String side) {
    if (response.status() / 100 != 2 || handled != WebhookBatch.EVENTS) {
      throw new IllegalStateException(
          side + ": status " + response.status() + ", " + handled + " events handled");
    }
    handled = 0;
  }

  /**
   * A listener's trivial work: count the event and let it escape, so that nothing is optimised
   * away.
   */
  private void handle(Object event) {
    handled++;
    blackhole.consume(event);
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
