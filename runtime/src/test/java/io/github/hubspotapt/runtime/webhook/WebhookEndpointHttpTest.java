package io.github.hubspotapt.runtime.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook endpoint behind a real HTTP server on 127.0.0.1, called with real HTTP requests. */
class WebhookEndpointHttpTest {

  private static final String PATH = "/hubspot/webhooks";
  private static final String TARGET_URL = "https://app.example.com/hubspot/webhooks";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final TokenVerifier verifier = new TokenVerifier();
  private final RecordingLog log = new RecordingLog();
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private LoopbackServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void serve(List<WebhookRoute> routes, WebhookLimits limits) throws IOException {
    WebhookEndpoint endpoint = new WebhookEndpoint(verifier, TARGET_URL, routes, log, limits);
    server = new LoopbackServer(HubSpotEndpoints.of(Map.of(PATH, endpoint), log));
  }

  private WebhookRoute recording(String type, String objectType, String propertyName, String name) {
    return new WebhookRoute(
        type, objectType, propertyName, name, event -> calls.add(name + ":" + event.eventId()));
  }

  private HttpResponse<String> post(String path, String body, boolean withToken) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body));
    if (withToken) {
      request.header(TokenVerifier.HEADER, TokenVerifier.TOKEN);
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void dispatchesAVerifiedBatchToTheMatchingRoutesAndAnswers204() throws Exception {
    serve(
        List.of(
            recording("contact.creation", "", "", "created"),
            recording("object.propertyChange", "deal", "dealstage", "dealStage"),
            recording("deal.associationChange", "", "", "associated"),
            recording("object.propertyChange", "", "", "anyPropertyChange")),
        WebhookLimits.HUBSPOT);

    HttpResponse<String> response = post(PATH, Batches.MIXED, true);

    assertEquals(204, response.statusCode());
    assertEquals(
        List.of(
            "created:1",
            "dealStage:3814390941",
            "anyPropertyChange:3814390941",
            "associated:2073333923"),
        calls);
    assertEquals(List.of(TARGET_URL), verifier.declaredUrls());
    assertEquals(1, log.accepted.size());
    assertEquals(List.of(), log.refusals);
  }

  @Test
  void acknowledgesEventsNoRouteMatches() throws Exception {
    serve(List.of(recording("company.creation", "", "", "company")), WebhookLimits.HUBSPOT);

    assertEquals(204, post(PATH, Batches.MIXED, true).statusCode());
    assertEquals(204, post(PATH, "[]", true).statusCode());
    assertEquals(List.of(), calls);
    assertEquals(2, log.accepted.size());
  }

  @Test
  void answers500WhenAListenerThrowsAfterDispatchingTheRestOfTheBatch() throws Exception {
    WebhookRoute failing =
        new WebhookRoute(
            "contact.creation",
            "",
            "",
            "Contacts.onCreation",
            event -> {
              calls.add("failing:" + event.eventId());
              throw new IllegalStateException("database down for contact " + event.objectId());
            });
    WebhookRoute alsoFailing =
        new WebhookRoute(
            "contact.merge",
            "",
            "",
            "Contacts.onMerge",
            event -> {
              throw new java.io.IOException("disk full");
            });
    serve(
        List.of(
            failing,
            recording("contact.creation", "", "", "afterFailingRoute"),
            alsoFailing,
            recording("conversation.newMessage", "", "", "message")),
        WebhookLimits.HUBSPOT);

    HttpResponse<String> response = post(PATH, Batches.MIXED, true);

    assertEquals(500, response.statusCode());
    assertEquals("A webhook listener failed; HubSpot will send the batch again", response.body());
    assertEquals(List.of("failing:1", "afterFailingRoute:1", "message:7"), calls);
    assertEquals(1, log.failures.size());
    Throwable logged = log.failures.get(0);
    assertEquals(
        "2 listener call(s) failed in a batch of 5 event(s); the first: Contacts.onCreation failed on"
            + " events[0] WebhookEvent[contact.creation, eventId=1, portalId=62515, objectId=123,"
            + " occurredAt=2019-07-26T04:00:00Z]",
        logged.getMessage());
    assertInstanceOf(IllegalStateException.class, logged.getCause());
    assertEquals(1, logged.getSuppressed().length);
    assertTrue(
        logged.getSuppressed()[0].getMessage().startsWith("Contacts.onMerge failed on events[2]"));
    assertInstanceOf(java.io.IOException.class, logged.getSuppressed()[0].getCause());
    assertEquals(0, log.accepted.size());
  }

  @Test
  void refusesAnotherMethodWithAllow() throws Exception {
    serve(List.of(recording("contact.creation", "", "", "created")), WebhookLimits.HUBSPOT);

    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri(PATH))
                .header(TokenVerifier.HEADER, TokenVerifier.TOKEN)
                .GET()
                .build(),
            BodyHandlers.ofString());

    assertEquals(405, response.statusCode());
    assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
    assertEquals(List.of(), verifier.declaredUrls());
    assertEquals(List.of("405 HubSpot sends webhook batches with POST, not GET"), log.refusals);
  }

  @Test
  void refusesABodyOverTheLimitBeforeVerifyingIt() throws Exception {
    serve(List.of(recording("contact.creation", "", "", "created")), new WebhookLimits(200, 100));

    HttpResponse<String> response =
        post(PATH, Batches.array(Batches.CLASSIC_CREATION, Batches.CLASSIC_CREATION), true);

    assertEquals(413, response.statusCode());
    assertTrue(response.body().endsWith("bytes is over the limit of 200"), response.body());
    assertEquals(List.of(), verifier.declaredUrls());
    assertEquals(List.of(), calls);
  }

  @Test
  void refusesAnUnverifiedRequestWithoutReadingItsBody() throws Exception {
    serve(List.of(recording("contact.creation", "", "", "created")), WebhookLimits.HUBSPOT);

    HttpResponse<String> wellFormed = post(PATH, Batches.MIXED, false);
    HttpResponse<String> malformed = post(PATH, "not json at all", false);

    assertEquals(401, wellFormed.statusCode());
    assertEquals(401, malformed.statusCode());
    assertEquals("Not verified as a request from HubSpot", malformed.body());
    assertEquals(
        List.of("401 missing header X-Test-Token", "401 missing header X-Test-Token"),
        log.refusals);
    assertEquals(List.of(), calls);
  }

  @Test
  void refusesAMalformedBatchSayingWhereAndDispatchesNothing() throws Exception {
    serve(List.of(recording("contact.creation", "", "", "created")), WebhookLimits.HUBSPOT);
    String batch =
        Batches.array(
            Batches.CLASSIC_CREATION, EventJson.full().with("objectId", "\"12\"").toString());

    HttpResponse<String> response = post(PATH, batch, true);

    assertEquals(400, response.statusCode());
    assertEquals("events[1].objectId: expected an integer, got a string", response.body());
    assertEquals(
        List.of("400 events[1].objectId: expected an integer, got a string"), log.refusals);
    assertEquals(List.of(), calls);
  }

  @Test
  void servesOnlyItsPath() throws Exception {
    serve(List.of(recording("contact.creation", "", "", "created")), WebhookLimits.HUBSPOT);

    HttpResponse<String> response = post("/hubspot/other", Batches.MIXED, true);

    assertEquals(404, response.statusCode());
    assertFalse(response.body().contains("Exception"));
    assertEquals(List.of(), calls);
  }
}
