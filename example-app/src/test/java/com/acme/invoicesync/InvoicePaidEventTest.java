package com.acme.invoicesync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.hubspotapt.runtime.event.AppEvents;
import io.github.hubspotapt.runtime.event.EventOccurrence;
import io.github.hubspotapt.runtime.event.EventTarget;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example's app event, sent through the generated {@code InvoicePaid_Occurrence} to a stand-in
 * for HubSpot.
 */
class InvoicePaidEventTest {

  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpServer hubSpot;

  @BeforeEach
  void startHubSpot() throws IOException {
    hubSpot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hubSpot.createContext(
        "/",
        exchange -> {
          received.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getPath()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Authorization")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    hubSpot.start();
  }

  @AfterEach
  void stopHubSpot() {
    hubSpot.stop(0);
  }

  /** Sends {@code occurrence} to the stand-in over HTTP, with the account's token. */
  private HttpResponse<Void> send(EventOccurrence occurrence) throws Exception {
    AppEvents appEvents =
        new AppEvents(URI.create("http://127.0.0.1:" + hubSpot.getAddress().getPort()));
    return HttpClient.newBuilder()
        .proxy(HttpClient.Builder.NO_PROXY)
        .build()
        .send(appEvents.send(occurrence, "account-token"), HttpResponse.BodyHandlers.discarding());
  }

  @Test
  void anInvoicePaidOccurrenceReachesTheDealsTimeline() throws Exception {
    InvoicePaid paid =
        new InvoicePaid(
            "A-1",
            new BigDecimal("1250.00"),
            CreateInvoice.Currency.EUR,
            LocalDate.parse("2026-03-02"));

    HttpResponse<Void> response =
        send(
            InvoicePaid_Occurrence.of(
                "invoice-A-1-paid",
                EventTarget.objectId(4711),
                Instant.parse("2026-03-02T09:30:00Z"),
                paid));

    assertEquals(204, response.statusCode());
    assertEquals(
        List.of(
            "POST /integrators/timeline/2026-03/events Bearer account-token "
                + "{\"eventTypeName\":\"acme_invoice_paid\",\"id\":\"invoice-A-1-paid\",\"objectId\":\"4711\","
                + "\"timestamp\":\"2026-03-02T09:30:00Z\",\"properties\":{\"invoice_number\":\"A-1\",\"amount\":\"1250.00\","
                + "\"currency\":\"EUR\",\"paid_on\":\"1772409600000\"}}"),
        received);
  }

  /** The event's templates may read {@code extraData}; it travels after the properties. */
  @Test
  void anOccurrenceCarriesItsExtraData() throws Exception {
    InvoicePaid paid =
        new InvoicePaid(
            "A-2", new BigDecimal("80"), CreateInvoice.Currency.USD, LocalDate.parse("2026-03-03"));

    HttpResponse<Void> response =
        send(
            InvoicePaid_Occurrence.of("invoice-A-2-paid", EventTarget.objectId(4712), paid)
                .withExtraData("{\"channel\": \"bank transfer\", \"reminders\": [1, 2]}"));

    assertEquals(204, response.statusCode());
    assertEquals(1, received.size());
    assertTrue(
        received
            .get(0)
            .endsWith(
                "\"paid_on\":\"1772496000000\"},"
                    + "\"extraData\":{\"channel\":\"bank transfer\",\"reminders\":[1,2]}}"),
        received.get(0));
  }
}
