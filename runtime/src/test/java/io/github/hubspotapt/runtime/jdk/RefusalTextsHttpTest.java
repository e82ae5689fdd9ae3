package io.github.hubspotapt.runtime.jdk;

import static io.github.hubspotapt.runtime.jdk.SignedEndpointsServer.WEBHOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.hubspotapt.runtime.webhook.WebhookBatchParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a refusal says, over real HTTP: exact distances in time, and the webhook parser's limits in
 * our own words.
 */
class RefusalTextsHttpTest {

  private static final long NOW = 1_764_000_000_000L;

  @Test
  void aTimestampOutsideTheWindowIsRefusedWithItsExactDistance() throws Exception {
    Clock clock = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);
    byte[] batch = SignedEndpointsServer.batch(1, 0);
    try (SignedEndpointsServer server =
        SignedEndpointsServer.start(clock, HubSpotHttpServer.DEFAULT_MAX_BODY_BYTES)) {
      for (long timestamp : new long[] {NOW + 61_000, NOW + 60_001, NOW - 300_900}) {
        assertEquals(401, server.post(WEBHOOKS, batch, timestamp).statusCode());
      }
      assertEquals(204, server.post(WEBHOOKS, batch, NOW + 60_000).statusCode());

      assertEquals(
          List.of(
              "request timestamp 61 s in the future, more than the 60 s of clock difference"
                  + " accepted (X-HubSpot-Request-Timestamp)",
              "request timestamp 60.001 s in the future, more than the 60 s of clock difference"
                  + " accepted (X-HubSpot-Request-Timestamp)",
              "stale request: signed 300.9 s ago, more than the 300 s accepted"
                  + " (X-HubSpot-Request-Timestamp)"),
          server.refusals);
      assertEquals(List.of("closedwon 904"), server.dispatched);
    }
  }

  @Test
  void aBatchNestedTooDeeplyIsRefusedInOurOwnWords() throws Exception {
    int depth = WebhookBatchParser.MAX_NESTING_DEPTH + 1;
    String batch =
        new String(SignedEndpointsServer.batch(1, 0), StandardCharsets.UTF_8)
            .replace(
                "{\"eventId\"", "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + ",\"eventId\"");
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      HttpResponse<String> response = server.post(WEBHOOKS, batch.getBytes(StandardCharsets.UTF_8));

      assertEquals(400, response.statusCode());
      assertEquals(
          "events[0].x: exceeds the parser's limits on nesting or length", response.body());
      assertFalse(response.body().contains("StreamReadConstraints"), response.body());
      assertEquals(List.of(), server.dispatched);
    }
  }
}
