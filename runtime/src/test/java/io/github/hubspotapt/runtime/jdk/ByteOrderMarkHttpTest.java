package io.github.hubspotapt.runtime.jdk;

import static io.github.hubspotapt.runtime.jdk.SignedEndpointsServer.ACTION;
import static io.github.hubspotapt.runtime.jdk.SignedEndpointsServer.WEBHOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A UTF-8 byte order mark before the JSON, which RFC 8259 forbids a sender to add and lets a reader
 * ignore: HubSpot sends none, and both kinds of endpoint ignore one alike. Over real HTTP, signed
 * over the bytes as sent, the mark included.
 */
class ByteOrderMarkHttpTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void aWebhookBatchAfterAByteOrderMarkIsDispatched() throws Exception {
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      HttpResponse<String> response =
          server.post(WEBHOOKS, withMark(SignedEndpointsServer.batch(1, 0)));

      assertEquals(204, response.statusCode(), response.body());
      assertEquals(List.of("closedwon 904"), server.dispatched);
    }
  }

  @Test
  void anExecutionRequestAfterAByteOrderMarkIsExecuted() throws Exception {
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      HttpResponse<String> response =
          server.post(
              ACTION, withMark(SignedEndpointsServer.EXECUTION.getBytes(StandardCharsets.UTF_8)));

      assertEquals(200, response.statusCode(), response.body());
      assertEquals(List.of("executed first invoice"), server.dispatched);
    }
  }

  @Test
  void aByteOrderMarkAloneIsNoJsonOnEitherEndpoint() throws Exception {
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      assertEquals(400, server.post(WEBHOOKS, BOM).statusCode());
      assertEquals(400, server.post(ACTION, BOM).statusCode());
      assertEquals(List.of(), server.dispatched);
    }
  }

  private static byte[] withMark(byte[] json) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(BOM);
    body.writeBytes(json);
    return body.toByteArray();
  }
}
