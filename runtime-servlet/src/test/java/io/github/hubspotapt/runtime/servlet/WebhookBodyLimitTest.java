package io.github.hubspotapt.runtime.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.webhook.WebhookLimits;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The servlet reads a webhook batch up to the webhook endpoint's own limit, 20 MiB, not the 1 MiB
 * of an execution request: the example's endpoints in Jetty, over real HTTP.
 */
class WebhookBodyLimitTest {

  @Test
  void aBatchOfOneAndAHalfMegabytesIsDispatchedAndOneOverTheWebhookLimitIsNot() throws Exception {
    assertTrue(AcmeRequests.LARGE_BATCH.length > 1_500_000);
    assertTrue(AcmeRequests.TOO_LARGE_BATCH.length > WebhookLimits.HUBSPOT_MAX_BODY_BYTES);
    Invoices invoices = AcmeRequests.invoices();
    try (JettyServer server =
        JettyServer.start(
            "/internal",
            SameAnswersAsJdkServerTest.acme(invoices),
            HubSpotServlet.DEFAULT_MAX_BODY_BYTES)) {
      HttpResponse<String> large = send(server, AcmeRequests.LARGE_BATCH);
      HttpResponse<String> tooLarge = send(server, AcmeRequests.TOO_LARGE_BATCH);

      assertEquals(204, large.statusCode(), large.body());
      assertEquals(413, tooLarge.statusCode());
      assertEquals("Request body over 20971520 bytes", tooLarge.body());
    }
    assertEquals(List.of("won 906"), invoices.events());
  }

  private static HttpResponse<String> send(JettyServer server, byte[] batch) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HubSpotSigning.signed(
                server.url(),
                AcmeRequests.PUBLIC_BASE,
                "POST",
                AcmeRequests.WEBHOOKS,
                batch,
                AcmeRequests.SECRET,
                System.currentTimeMillis()),
            BodyHandlers.ofString());
  }
}
