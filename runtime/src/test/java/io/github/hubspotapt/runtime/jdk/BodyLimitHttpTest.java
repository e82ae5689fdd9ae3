package io.github.hubspotapt.runtime.jdk;

import static io.github.hubspotapt.runtime.jdk.SignedEndpointsServer.ACTION;
import static io.github.hubspotapt.runtime.jdk.SignedEndpointsServer.WEBHOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.action.ActionEndpoint;
import io.github.hubspotapt.runtime.webhook.WebhookLimits;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over real HTTP, the JDK adapter reads each body up to its endpoint's own limit: a webhook batch
 * up to {@link WebhookLimits#HUBSPOT_MAX_BODY_BYTES}, an execution request up to {@link
 * ActionEndpoint#DEFAULT_MAX_BODY_BYTES}, and a ceiling the application gives caps both.
 */
class BodyLimitHttpTest {

  /** 100 events, 99 of them with a 15,000-character description: some 1.5 MB, over 1 MiB. */
  private static final byte[] LARGE_BATCH = SignedEndpointsServer.batch(100, 15_000);

  @Test
  void aSignedBatchOfOneAndAHalfMegabytesIsAcceptedAndDispatched() throws Exception {
    assertTrue(LARGE_BATCH.length > 1_500_000, LARGE_BATCH.length + " bytes");
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      HttpResponse<String> response = server.post(WEBHOOKS, LARGE_BATCH);

      assertEquals(204, response.statusCode(), response.body());
      assertEquals(List.of("closedwon 904"), server.dispatched);
    }
  }

  @Test
  void aBatchOverTheWebhookLimitIs413AndNothingIsDispatched() throws Exception {
    byte[] tooLarge = SignedEndpointsServer.batch(100, 210_000);
    assertTrue(tooLarge.length > WebhookLimits.HUBSPOT_MAX_BODY_BYTES, tooLarge.length + " bytes");
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      HttpResponse<String> response = server.post(WEBHOOKS, tooLarge);

      assertEquals(413, response.statusCode());
      assertEquals("Request body over 20971520 bytes", response.body());
      assertEquals(List.of(), server.dispatched);
      assertEquals(List.of("request body over 20971520 bytes"), server.refusals);
    }
  }

  @Test
  void anExecutionRequestKeepsItsOwnLimitOfOneMebibyte() throws Exception {
    String execution = SignedEndpointsServer.EXECUTION;
    byte[] padded = new byte[ActionEndpoint.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(padded, (byte) ' ');
    byte[] json = execution.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(json, 0, padded, 0, json.length);
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      HttpResponse<String> response = server.post(ACTION, padded);

      assertEquals(413, response.statusCode());
      assertEquals("Request body over 1048576 bytes", response.body());
      assertEquals(200, server.post(ACTION, json).statusCode());
      assertEquals(List.of("executed first invoice"), server.dispatched);
    }
  }

  @Test
  void aCeilingTheApplicationGivesCapsEveryEndpoint() throws Exception {
    try (SignedEndpointsServer server =
        SignedEndpointsServer.start(Clock.systemUTC(), ActionEndpoint.DEFAULT_MAX_BODY_BYTES)) {
      HttpResponse<String> response = server.post(WEBHOOKS, LARGE_BATCH);

      assertEquals(413, response.statusCode());
      assertEquals("Request body over 1048576 bytes", response.body());
      assertEquals(List.of(), server.dispatched);
      assertEquals(204, server.post(WEBHOOKS, SignedEndpointsServer.batch(1, 0)).statusCode());
      assertEquals(List.of("closedwon 904"), server.dispatched);
    }
  }
}
