package io.github.hubspotapt.runtime.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.invoicesync.Invoices;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HubSpot calls {@code https://acme-dev.tunnel.example/hubspot/webhooks}; a proxy terminates TLS
 * and forwards to {@code http://127.0.0.1:port/internal/hubspot/webhooks}, where the application
 * runs under the context path {@code /internal}. The signature is over the URL HubSpot called, and
 * the servlet verifies that declared URL, so the request is accepted; one signed over any URL on
 * this side of the proxy is refused.
 */
class BehindProxyTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private final Invoices invoices = AcmeRequests.invoices();
  private JettyServer app;
  private ReverseProxy proxy;

  @BeforeEach
  void start() throws Exception {
    app =
        JettyServer.start(
            "/internal",
            SameAnswersAsJdkServerTest.acme(invoices),
            HubSpotServlet.DEFAULT_MAX_BODY_BYTES);
    proxy = ReverseProxy.start(app.url());
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
    app.close();
  }

  @Test
  void requestsSignedOverTheDeclaredPublicUrlAreServedThroughTheProxy() throws Exception {
    assertEquals(
        204,
        send(
                AcmeRequests.PUBLIC_BASE,
                AcmeRequests.WEBHOOKS + "?portalId=62515",
                AcmeRequests.BATCH)
            .statusCode());
    HttpResponse<String> executed =
        send(AcmeRequests.PUBLIC_BASE, AcmeRequests.CREATE_INVOICE, AcmeRequests.EXECUTION);
    assertEquals(200, executed.statusCode(), executed.body());
    assertTrue(executed.body().contains("\"hs_execution_state\":\"BLOCK\""), executed.body());
    assertEquals(
        List.of("won 904", "deleted 905", "invoice A-1 995.50 EUR for DEAL 904"),
        invoices.events());
  }

  @Test
  void requestsSignedOverTheUrlsBehindThePublicOneAreRefused() throws Exception {
    for (String seen :
        List.of(app.url(), proxy.url(), "https://acme-dev.tunnel.example/internal")) {
      HttpResponse<String> response = send(seen, AcmeRequests.WEBHOOKS, AcmeRequests.BATCH);
      assertEquals(401, response.statusCode(), seen);
    }
    assertTrue(invoices.events().isEmpty());
  }

  /** POSTs through the proxy, signed as if HubSpot had called {@code signedBase + target}. */
  private HttpResponse<String> send(String signedBase, String target, String body)
      throws Exception {
    return client.send(
        HubSpotSigning.signed(
            proxy.url(),
            signedBase,
            "POST",
            target,
            body.getBytes(StandardCharsets.UTF_8),
            AcmeRequests.SECRET,
            System.currentTimeMillis()),
        BodyHandlers.ofString());
  }
}
