package io.github.hubspotapt.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.invoicesync.AcmeInvoiceSyncAppEndpoints;
import com.acme.invoicesync.DealWebhooks;
import com.acme.invoicesync.Invoices;
import io.github.hubspotapt.runtime.jdk.HubSpotHttpServer;
import io.github.hubspotapt.runtime.servlet.AcmeRequests;
import io.github.hubspotapt.runtime.servlet.AcmeRequests.Answer;
import io.github.hubspotapt.runtime.servlet.HubSpotSigning;
import io.github.hubspotapt.runtime.servlet.ReverseProxy;
import io.github.hubspotapt.spring.example.AcmeSpringApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The example's Spring Boot application on a random port, under a context path, as HubSpot reaches
 * it: the signed requests the JDK server answers get the same answers, through a reverse proxy too,
 * counted in Micrometer.
 */
@SpringBootTest(
    classes = AcmeSpringApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "hubspot.client-secret=" + AcmeRequests.SECRET,
      "spring.profiles.active=local",
      "server.servlet.context-path=/internal"
    })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class SpringBootStarterTest {

  private final HttpClient client = HttpClient.newHttpClient();

  @LocalServerPort private int port;
  @Autowired private Invoices invoices;
  @Autowired private MeterRegistry meters;
  @Autowired private HubSpotSettings settings;

  private String app() {
    return "http://127.0.0.1:" + port + "/internal";
  }

  @Test
  void answersTheExamplesRequestsAsTheJdkServerDoes(CapturedOutput output) throws Exception {
    Invoices inJdk = AcmeRequests.invoices();
    List<Answer> jdk;
    try (HubSpotHttpServer server =
        HubSpotHttpServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            AcmeInvoiceSyncAppEndpoints.builder()
                .clientSecret(AcmeRequests.SECRET)
                .profile("local")
                .dealWebhooks(new DealWebhooks(inJdk))
                .createInvoice(inJdk)
                .build())) {
      jdk = AcmeRequests.answers("http://127.0.0.1:" + server.address().getPort());
    }
    double accepted = count("accepted");
    double refused = count("refused");

    List<Answer> spring = AcmeRequests.answers(app());

    assertEquals(jdk, spring);
    assertEquals(
        List.of(204, 200, 204, 401, 401, 400, 400, 405, 204, 413, 413),
        spring.stream().map(Answer::status).toList());
    assertTrue(invoices.events().containsAll(AcmeRequests.EVENTS), invoices.events().toString());
    assertEquals(accepted + 4, count("accepted"));
    assertEquals(refused + 7, count("refused"));
    assertEquals(0, count("failed"));
    assertTrue(output.getAll().contains("HubSpot request refused: POST /hubspot/webhooks -> 401"));
    assertFalse(output.getAll().contains(AcmeRequests.SECRET), "the client secret was logged");
  }

  @Test
  void verifiesTheDeclaredPublicUrlBehindAReverseProxy() throws Exception {
    try (ReverseProxy proxy = ReverseProxy.start(app())) {
      byte[] batch = AcmeRequests.BATCH.getBytes(StandardCharsets.UTF_8);
      long now = System.currentTimeMillis();
      HttpResponse<String> publicUrl =
          client.send(
              HubSpotSigning.signed(
                  proxy.url(),
                  AcmeRequests.PUBLIC_BASE,
                  "POST",
                  AcmeRequests.WEBHOOKS + "?portalId=62515",
                  batch,
                  AcmeRequests.SECRET,
                  now),
              BodyHandlers.ofString());
      HttpResponse<String> appUrl =
          client.send(
              HubSpotSigning.signed(
                  proxy.url(),
                  app(),
                  "POST",
                  AcmeRequests.WEBHOOKS,
                  batch,
                  AcmeRequests.SECRET,
                  now),
              BodyHandlers.ofString());
      assertEquals(204, publicUrl.statusCode(), publicUrl.body());
      assertEquals(401, appUrl.statusCode(), appUrl.body());
    }
  }

  @Test
  void aBatchOfOneAndAHalfMegabytesIsDispatchedAndOneOverTheWebhookLimitIsNot() throws Exception {
    long wonBefore = invoices.events().stream().filter("won 906"::equals).count();

    HttpResponse<String> large = postBatch(AcmeRequests.LARGE_BATCH);
    HttpResponse<String> tooLarge = postBatch(AcmeRequests.TOO_LARGE_BATCH);

    assertEquals(204, large.statusCode(), large.body());
    assertEquals(413, tooLarge.statusCode());
    assertEquals("Request body over 20971520 bytes", tooLarge.body());
    assertEquals(wonBefore + 1, invoices.events().stream().filter("won 906"::equals).count());
    assertFalse(invoices.events().contains("won 907"), invoices.events().toString());
  }

  private HttpResponse<String> postBatch(byte[] batch) throws Exception {
    return client.send(
        HubSpotSigning.signed(
            app(),
            AcmeRequests.PUBLIC_BASE,
            "POST",
            AcmeRequests.WEBHOOKS,
            batch,
            AcmeRequests.SECRET,
            System.currentTimeMillis()),
        BodyHandlers.ofString());
  }

  @Test
  void theApplicationsOtherPathsStaySpringMvcs() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(app() + "/hubspot/other")).build(),
            BodyHandlers.ofString());
    assertEquals(404, response.statusCode());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  @Test
  void theSecretIsNotInTheSettingsOrPropertiesText() {
    assertFalse(settings.toString().contains(AcmeRequests.SECRET), settings.toString());
    assertFalse(
        new HubSpotProperties(AcmeRequests.SECRET, "local", null)
            .toString()
            .contains(AcmeRequests.SECRET));
    assertEquals("local", settings.profile(AcmeInvoiceSyncAppEndpoints.PROFILES));
  }

  private double count(String outcome) {
    return meters
        .get("hubspot.requests")
        .tag("endpoints", "hubSpotEndpoints")
        .tag("outcome", outcome)
        .functionCounter()
        .count();
  }
}
