package com.acme.invoicesync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.jdk.HubSpotHttpServer;
import io.github.hubspotapt.runtime.oauth.AccessTokens;
import io.github.hubspotapt.runtime.oauth.InMemoryTokenStore;
import io.github.hubspotapt.runtime.oauth.TokenClient;
import io.github.hubspotapt.runtime.oauth.Tokens;
import io.github.hubspotapt.runtime.signature.PermittedFetchVerifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example's HubSpot server over real HTTP: requests signed as HubSpot signs them (v3, over the
 * local profile's public URL, which is not the server's own address, as behind the profile's
 * tunnel) reach the annotated handlers with typed values; forged and stale ones are refused and
 * reach nothing.
 */
class HubSpotServerTest {

  private static final String SECRET = "test-client-secret";
  private static final String PUBLIC_BASE = "https://acme-dev.tunnel.example";

  private static final long PORTAL = 102670506;

  private final HttpClient http = HttpClient.newHttpClient();

  /**
   * What the stand-in for HubSpot's API received: method, path, Authorization and body of each
   * call.
   */
  private final List<String> hubSpotReceived = new CopyOnWriteArrayList<>();

  private HttpServer hubSpot;
  private Invoices invoices;
  private HubSpotHttpServer server;

  @BeforeEach
  void start() throws Exception {
    hubSpot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hubSpot.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          hubSpotReceived.add(
              exchange.getRequestMethod()
                  + " "
                  + path
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          if (path.startsWith("/oauth/")) {
            byte[] tokens =
                ("{\"access_token\":\"fresh-token\",\"refresh_token\":\"refresh-1\",\"expires_in\":1800,"
                        + "\"token_type\":\"bearer\",\"hub_id\":"
                        + PORTAL
                        + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, tokens.length);
            exchange.getResponseBody().write(tokens);
          } else {
            exchange.sendResponseHeaders(204, -1);
          }
          exchange.close();
        });
    hubSpot.start();
    URI api = URI.create("http://127.0.0.1:" + hubSpot.getAddress().getPort());
    TokenClient client = TokenClient.builder("client-id", SECRET).baseUri(api).build();
    InMemoryTokenStore store = new InMemoryTokenStore();
    // An install whose access token expires in a minute: the first call refreshes it.
    store.save(
        PORTAL,
        Tokens.builder("old-token", Instant.now().plusSeconds(60))
            .refreshToken("refresh-1")
            .hubId(PORTAL)
            .build());
    invoices = new Invoices(new AccessTokens(client, store), api);
    server =
        HubSpotServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            HubSpotServer.endpoints(SECRET, "local", invoices));
  }

  @AfterEach
  void stop() {
    server.close();
    hubSpot.stop(0);
  }

  @Test
  void aSignedWebhookBatchReachesTheSubscribedMethodsWithTheirValues() throws Exception {
    String batch =
        "[{\"eventId\":1,\"subscriptionId\":11,\"portalId\":62515,\"appId\":54321,"
            + "\"occurredAt\":1764000000000,\"subscriptionType\":\"object.propertyChange\",\"attemptNumber\":0,"
            + "\"objectId\":904,\"objectTypeId\":\"0-3\",\"changeSource\":\"CRM_UI\",\"propertyName\":\"dealstage\","
            + "\"propertyValue\":\"closedwon\"},"
            + "{\"eventId\":2,\"subscriptionId\":12,\"portalId\":62515,\"appId\":54321,\"occurredAt\":1764000000001,"
            + "\"subscriptionType\":\"object.deletion\",\"attemptNumber\":0,\"objectId\":905,\"objectTypeId\":\"0-3\","
            + "\"changeSource\":\"CRM\",\"changeFlag\":\"DELETED\"},"
            + "{\"eventId\":3,\"subscriptionId\":13,\"portalId\":62515,\"appId\":54321,\"occurredAt\":1764000000002,"
            + "\"subscriptionType\":\"object.deletion\",\"attemptNumber\":0,\"objectId\":77,\"objectTypeId\":\"0-1\"}]";

    HttpResponse<String> response =
        send("/hubspot/webhooks", batch, System.currentTimeMillis(), SECRET);

    assertEquals(2, response.statusCode() / 100, response.body());
    assertEquals(List.of("won 904", "deleted 905"), invoices.events());
  }

  @Test
  void anExecutionIsReadIntoTheActionRecordHeldUntilPaidThenCompletedWithItsOutputAndAnAppEvent()
      throws Exception {
    String request =
        "{\"callbackId\":\"ap-102670506-56776413549-7-0\","
            + "\"origin\":{\"portalId\":102670506,\"actionDefinitionId\":10646377,\"actionDefinitionVersion\":1},"
            + "\"context\":{\"source\":\"WORKFLOWS\",\"workflowId\":192814114},"
            + "\"object\":{\"objectId\":904,\"objectType\":\"DEAL\",\"properties\":{\"dealname\":\"Big deal\"}},"
            + "\"inputFields\":{\"amount\":\"995.50\",\"currency\":\"EUR\",\"sendToContact\":\"true\"}}";

    HttpResponse<String> response =
        send("/hubspot/actions/create-invoice", request, System.currentTimeMillis(), SECRET);

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"hs_execution_state\":\"BLOCK\""), response.body());
    assertTrue(response.body().contains("\"hs_expiration_duration\":\"P30D\""), response.body());
    assertEquals(List.of("invoice A-1 995.50 EUR for DEAL 904"), invoices.events());

    invoices.paid("A-1", LocalDate.parse("2026-03-02"));

    assertEquals(3, hubSpotReceived.size(), hubSpotReceived.toString());
    assertTrue(
        hubSpotReceived.get(0).startsWith("POST /oauth/2026-03/token null "),
        hubSpotReceived.get(0));
    assertTrue(hubSpotReceived.get(0).contains("grant_type=refresh_token"), hubSpotReceived.get(0));
    assertEquals(
        "POST /automation/actions/callbacks/2026-03/ap-102670506-56776413549-7-0/complete Bearer fresh-token "
            + "{\"outputFields\":{\"invoiceNumber\":\"A-1\",\"hs_execution_state\":\"SUCCESS\"}}",
        hubSpotReceived.get(1));
    assertEquals(
        "POST /integrators/timeline/2026-03/events Bearer fresh-token "
            + "{\"eventTypeName\":\"acme_invoice_paid\",\"id\":\"invoice-A-1-paid\",\"objectId\":\"904\","
            + "\"properties\":{\"invoice_number\":\"A-1\",\"amount\":\"995.50\",\"currency\":\"EUR\","
            + "\"paid_on\":\"1772409600000\"}}",
        hubSpotReceived.get(2));
    assertEquals(List.of("invoice A-1 995.50 EUR for DEAL 904", "paid A-1"), invoices.events());
  }

  @Test
  void anExecutionWithoutAnEnrolledDealFailsWithoutARetry() throws Exception {
    String withoutObject =
        "{\"callbackId\":\"ap-102670506-56776413549-7-0\","
            + "\"origin\":{\"portalId\":102670506,\"actionDefinitionId\":10646377,\"actionDefinitionVersion\":1},"
            + "\"context\":{\"source\":\"AGENTS\"},"
            + "\"inputFields\":{\"amount\":\"995.50\",\"currency\":\"EUR\",\"sendToContact\":\"true\"}}";
    String withNullObject =
        withoutObject.replace("\"inputFields\"", "\"object\":null,\"inputFields\"");

    for (String request : List.of(withoutObject, withNullObject)) {
      HttpResponse<String> response =
          send("/hubspot/actions/create-invoice", request, System.currentTimeMillis(), SECRET);

      // 422, which HubSpot records as a failure and does not retry (a 500 is retried for 3 days).
      assertEquals(422, response.statusCode(), response.body());
      assertEquals(
          "Action failed: an Acme invoice is created for a deal, and this execution has no"
              + " enrolled deal",
          response.body());
    }
    assertTrue(invoices.events().isEmpty(), invoices.events().toString());
  }

  @Test
  void aRequestSignedWithAnotherSecretIsRefusedAndReachesNothing() throws Exception {
    HttpResponse<String> response =
        send("/hubspot/webhooks", "[]", System.currentTimeMillis(), "another-secret");

    assertEquals(401, response.statusCode());
    assertTrue(invoices.events().isEmpty());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  @Test
  void aStaleRequestIsRefused() throws Exception {
    HttpResponse<String> response =
        send("/hubspot/actions/create-invoice", "{}", System.currentTimeMillis() - 301_000, SECRET);

    assertEquals(401, response.statusCode());
    assertTrue(invoices.events().isEmpty());
  }

  @Test
  void anInputThatDoesNotConvertIsAClientErrorNamingTheField() throws Exception {
    String request =
        "{\"callbackId\":\"cb\",\"origin\":{\"portalId\":1},\"object\":{\"objectId\":1,"
            + "\"objectType\":\"DEAL\"},\"inputFields\":{\"amount\":\"lots\",\"currency\":\"EUR\"}}";

    HttpResponse<String> response =
        send("/hubspot/actions/create-invoice", request, System.currentTimeMillis(), SECRET);

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("amount"), response.body());
    assertTrue(invoices.events().isEmpty());
  }

  @Test
  void aMissingHandlerIsAnErrorBeforeTheFirstRequest() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () ->
                AcmeInvoiceSyncAppEndpoints.builder()
                    .clientSecret(SECRET)
                    .profile("local")
                    .build());

    assertEquals(
        "AcmeInvoiceSyncAppEndpoints needs dealWebhooks(DealWebhooks), createInvoice(ActionHandler)",
        missing.getMessage());
  }

  @Test
  void aCardBackEndRequestIsVerifiedAgainstTheDeclaredFetchUrl() throws Exception {
    PermittedFetchVerifier backEnd =
        AcmeInvoiceSyncAppEndpoints.fetchVerifier(SECRET, "local", "/api");
    long now = System.currentTimeMillis();
    String signed = "GET" + "https://api.acme-invoicing.example/invoices/904?appId=7" + now;
    HubSpotRequest request =
        HubSpotRequest.of(
            "GET",
            "/api/invoices/904?appId=7",
            Map.of(
                "X-HubSpot-Signature-v3", List.of(v3(signed, SECRET)),
                "X-HubSpot-Request-Timestamp", List.of(Long.toString(now))),
            new byte[0]);

    assertTrue(backEnd.verify(request).verified());
    assertFalse(
        backEnd
            .verify(
                HubSpotRequest.of(
                    "GET",
                    "/api/invoices/905?appId=7",
                    Map.of(
                        "X-HubSpot-Signature-v3", List.of(v3(signed, SECRET)),
                        "X-HubSpot-Request-Timestamp", List.of(Long.toString(now))),
                    new byte[0]))
            .verified());
  }

  private static String v3(String signed, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * POSTs {@code body} to {@code path}, signed with v3 as HubSpot signs the profile's public URL.
   */
  private HttpResponse<String> send(String path, String body, long timestamp, String secret)
      throws Exception {
    String signature = v3("POST" + PUBLIC_BASE + path + body + timestamp, secret);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + path))
            .header("Content-Type", "application/json")
            .header("X-HubSpot-Signature-v3", signature)
            .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
