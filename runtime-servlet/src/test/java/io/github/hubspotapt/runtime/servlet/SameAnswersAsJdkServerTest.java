package io.github.hubspotapt.runtime.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.invoicesync.AcmeInvoiceSyncAppEndpoints;
import com.acme.invoicesync.DealWebhooks;
import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.HubSpotEndpoints;
import io.github.hubspotapt.runtime.jdk.HubSpotHttpServer;
import io.github.hubspotapt.runtime.servlet.AcmeRequests.Answer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example app's generated endpoints in Jetty answer every request exactly as in the JDK's HTTP
 * server: the same signed requests over real HTTP, the same statuses, media types, {@code Allow}
 * headers and bodies, and the same calls of the annotated handlers.
 */
class SameAnswersAsJdkServerTest {

  static HubSpotEndpoints acme(Invoices invoices) {
    return AcmeInvoiceSyncAppEndpoints.builder()
        .clientSecret(AcmeRequests.SECRET)
        .profile("local")
        .dealWebhooks(new DealWebhooks(invoices))
        .createInvoice(invoices)
        .build();
  }

  @Test
  void jettyAnswersAsTheJdkServerDoes() throws Exception {
    Invoices inJdk = AcmeRequests.invoices();
    Invoices inJetty = AcmeRequests.invoices();
    List<Answer> jdk;
    List<Answer> jetty;
    try (HubSpotHttpServer server =
        HubSpotHttpServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), acme(inJdk))) {
      jdk = AcmeRequests.answers("http://127.0.0.1:" + server.address().getPort());
    }
    try (JettyServer server =
        JettyServer.start("/", acme(inJetty), HubSpotServlet.DEFAULT_MAX_BODY_BYTES)) {
      jetty = AcmeRequests.answers(server.url());
    }

    assertEquals(jdk, jetty);
    assertEquals(
        List.of(204, 200, 204, 401, 401, 400, 400, 405, 204, 413, 413),
        jetty.stream().map(Answer::status).toList());
    assertEquals(AcmeRequests.EVENTS, inJdk.events());
    assertEquals(AcmeRequests.EVENTS, inJetty.events());
  }
}
