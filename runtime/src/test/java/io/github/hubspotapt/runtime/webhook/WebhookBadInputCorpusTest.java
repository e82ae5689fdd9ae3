package io.github.hubspotapt.runtime.webhook;

import static io.github.hubspotapt.runtime.webhook.Batches.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated webhook requests HubSpot would never send, each over real HTTP to an endpoint whose
 * routes match every event type used: each must be answered with its 4xx status, dispatch nothing,
 * and answer no stack trace.
 */
class WebhookBadInputCorpusTest {

  private static final int MAX_BODY_BYTES = 256 * 1024;
  private static final String PATH = "/hubspot/webhooks";
  private static final Map<String, String> TOKEN =
      Map.of(TokenVerifier.HEADER, TokenVerifier.TOKEN);

  private static final AtomicInteger DISPATCHED = new AtomicInteger();
  private static final RecordingLog LOG = new RecordingLog();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static LoopbackServer server;

  /** One request of the corpus and the status it must get. */
  record Case(String name, String method, Map<String, String> headers, byte[] body, int status) {}

  @BeforeAll
  static void start() throws Exception {
    List<WebhookRoute> routes = new ArrayList<>();
    for (String type :
        List.of(
            "contact.creation",
            "object.propertyChange",
            "contact.merge",
            "deal.associationChange",
            "conversation.newMessage",
            "object.associationChange",
            "object.creation")) {
      routes.add(
          new WebhookRoute(type, "", "", "Corpus." + type, event -> DISPATCHED.incrementAndGet()));
    }
    server =
        new LoopbackServer(
            new WebhookEndpoint(
                new TokenVerifier(),
                "https://app.example.com" + PATH,
                routes,
                LOG,
                new WebhookLimits(MAX_BODY_BYTES, WebhookLimits.HUBSPOT_MAX_EVENTS)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theCorpusHasAtLeast1200Requests() {
    assertTrue(cases().count() >= 1200, "cases: " + cases().count());
  }

  @TestFactory
  Stream<DynamicTest> everyBadRequestIsRefusedWithoutDispatchingAnything() {
    return cases().map(c -> dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(PATH))
            .method(
                c.method(),
                c.body().length == 0
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofByteArray(c.body()));
    c.headers().forEach(request::header);

    HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString());

    assertEquals(c.status(), response.statusCode(), response.body());
    assertEquals(0, DISPATCHED.get(), "dispatched");
    assertEquals(List.of(), LOG.failures);
    assertFalse(response.body().contains("Exception"), response.body());
    assertFalse(
        response.body().contains("\tat ")
            || response.body().contains("at java.")
            || response.body().contains("at io.github"),
        response.body());
  }

  static Stream<Case> cases() {
    return Stream.of(
            wrongMethods(),
            unverified(),
            truncations(),
            wrongTypes(),
            missingFields(),
            notUtf8(),
            notBatches(),
            tooManyEvents(),
            oversize())
        .flatMap(List::stream);
  }

  /** Every method but POST, with and without a body and a token. */
  private static List<Case> wrongMethods() {
    List<Case> cases = new ArrayList<>();
    for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "post")) {
      cases.add(
          new Case(
              method + " with a batch and the token", method, TOKEN, utf8(Batches.MIXED), 405));
      cases.add(
          new Case(method + " with a batch, no token", method, Map.of(), utf8(Batches.MIXED), 405));
      cases.add(new Case(method + " without a body", method, TOKEN, new byte[0], 405));
    }
    return cases;
  }

  /** Missing, wrong and misplaced tokens, whatever the body: verification comes before parsing. */
  private static List<Case> unverified() {
    List<Map<String, String>> tokens =
        List.of(
            Map.of(),
            Map.of(TokenVerifier.HEADER, "wrong"),
            Map.of(TokenVerifier.HEADER, TokenVerifier.TOKEN.toUpperCase(Locale.ROOT)),
            Map.of(TokenVerifier.HEADER, TokenVerifier.TOKEN + "x"),
            Map.of(TokenVerifier.HEADER, TokenVerifier.TOKEN.substring(1)),
            Map.of("X-HubSpot-Signature", TokenVerifier.TOKEN));
    List<String> bodies = List.of(Batches.MIXED, "", "{", "[{\"eventId\":\"x\"}]", "[]");
    List<Case> cases = new ArrayList<>();
    for (Map<String, String> token : tokens) {
      for (String body : bodies) {
        cases.add(
            new Case(
                "unverified " + token + " body " + body.length() + " bytes",
                "POST",
                token,
                utf8(body),
                401));
      }
    }
    return cases;
  }

  /** A real batch cut at every byte offset: never complete JSON. */
  private static List<Case> truncations() {
    byte[] batch = utf8(Batches.MIXED);
    List<Case> cases = new ArrayList<>();
    for (int length = 0; length < batch.length; length++) {
      byte[] cut = java.util.Arrays.copyOf(batch, length);
      cases.add(new Case("truncated to " + length + " bytes", "POST", TOKEN, cut, 400));
    }
    return cases;
  }

  /** Every field with every value of a wrong JSON type, in the second event of a batch. */
  private static List<Case> wrongTypes() {
    List<Case> cases = new ArrayList<>();
    for (EventField field : EventField.values()) {
      for (String value : EventJson.kindOf(field).wrongValues) {
        String batch =
            Batches.array(
                Batches.CLASSIC_CREATION,
                EventJson.full().with(field.jsonName(), value).toString());
        cases.add(new Case(field.jsonName() + " = " + value, "POST", TOKEN, utf8(batch), 400));
      }
    }
    return cases;
  }

  /**
   * Each required field missing, then null; an association change without objectId nor one of its
   * ends.
   */
  private static List<Case> missingFields() {
    List<Case> cases = new ArrayList<>();
    for (String name :
        List.of("subscriptionType", "eventId", "portalId", "occurredAt", "objectId")) {
      EventJson missing =
          EventJson.full().with("subscriptionType", "\"contact.creation\"").without(name);
      EventJson nulled =
          EventJson.full().with("subscriptionType", "\"contact.creation\"").with(name, "null");
      cases.add(new Case("without " + name, "POST", TOKEN, utf8("[" + missing + "]"), 400));
      cases.add(new Case(name + " null", "POST", TOKEN, utf8("[" + nulled + "]"), 400));
    }
    for (String end : List.of("fromObjectId", "toObjectId")) {
      EventJson association =
          EventJson.full()
              .with("subscriptionType", "\"object.associationChange\"")
              .without("objectId");
      cases.add(
          new Case(
              "association without objectId and " + end,
              "POST",
              TOKEN,
              utf8("[" + association.without(end) + "]"),
              400));
      cases.add(
          new Case(
              "association without objectId, " + end + " null",
              "POST",
              TOKEN,
              utf8("[" + association.with(end, "null") + "]"),
              400));
    }
    return cases;
  }

  /**
   * Byte sequences that are not UTF-8 (or a zero byte), put in a value, a name, between tokens,
   * first and last.
   */
  private static List<Case> notUtf8() {
    List<byte[]> sequences =
        List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF8},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {0});
    String batch = Batches.MIXED;
    List<Integer> offsets =
        List.of(
            0,
            batch.indexOf("closedwon") + 2,
            batch.indexOf("eventId") + 3,
            batch.indexOf(",{") + 1,
            batch.length());
    List<Case> cases = new ArrayList<>();
    for (byte[] sequence : sequences) {
      for (int offset : offsets) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(utf8(batch.substring(0, offset)));
        body.writeBytes(sequence);
        body.writeBytes(utf8(batch.substring(offset)));
        cases.add(
            new Case(
                String.format("byte 0x%02X at %d", sequence[0] & 0xFF, offset),
                "POST",
                TOKEN,
                body.toByteArray(),
                400));
      }
    }
    cases.add(
        new Case(
            "UTF-16",
            "POST",
            TOKEN,
            Batches.MIXED.getBytes(java.nio.charset.StandardCharsets.UTF_16),
            400));
    cases.add(
        new Case(
            "UTF-16LE",
            "POST",
            TOKEN,
            Batches.MIXED.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
            400));
    cases.add(
        new Case(
            "ISO-8859-1",
            "POST",
            TOKEN,
            EventJson.full()
                .with("propertyValue", "\"Zoë\"")
                .toString()
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            400));
    return cases;
  }

  /** Bodies that are not a JSON array of event objects, or not only that. */
  private static List<Case> notBatches() {
    List<String> bodies =
        List.of(
            "",
            " ",
            "\r\n",
            "{}",
            "null",
            "12",
            "\"events\"",
            "true",
            "[1]",
            "[[]]",
            "[null]",
            "[\"x\"]",
            "[{}]",
            "[] []",
            "[]x",
            "[]]",
            "[{}]]",
            "[{\"eventId\":1,}]",
            "[{eventId:1}]",
            "[{'eventId':1}]",
            "/*c*/[]",
            "[] // c",
            "[1,]",
            "[" + Batches.CLASSIC_CREATION + ",]",
            "[" + Batches.CLASSIC_CREATION + "]" + Batches.CLASSIC_CREATION,
            "[".repeat(100_000),
            "[{\"eventId\":1,\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}]",
            "[{\"x\":" + "{\"y\":".repeat(40) + "1" + "}".repeat(40) + "}]",
            "[" + EventJson.full().toString().replace("{", "{\"eventId\":1,") + "]",
            "[" + EventJson.full().with("objectId", "123456789012345678901234567890") + "]",
            "[" + EventJson.full().with("propertyValue", "\"a\u0001b\"") + "]",
            "[" + EventJson.full().with("objectId", "NaN") + "]",
            "[" + EventJson.full().with("objectId", "0x1F") + "]",
            "[" + EventJson.full().with("objectId", "+1") + "]",
            "[" + EventJson.full().with("objectId", "01") + "]",
            "\uFEFF[{}]");
    List<Case> cases = new ArrayList<>();
    for (String body : bodies) {
      String name =
          body.length() > 40 ? body.substring(0, 40) + "... (" + body.length() + " chars)" : body;
      cases.add(new Case("not a batch: " + name, "POST", TOKEN, utf8(body), 400));
    }
    return cases;
  }

  /** More events than HubSpot's 100. */
  private static List<Case> tooManyEvents() {
    List<Case> cases = new ArrayList<>();
    for (int count : List.of(101, 150, 1000)) {
      cases.add(
          new Case(
              count + " events",
              "POST",
              TOKEN,
              utf8(Batches.repeated(Batches.CLASSIC_CREATION, count)),
              400));
    }
    return cases;
  }

  /** Bodies over the limit, refused before verification: with a token or without. */
  private static List<Case> oversize() {
    List<Case> cases = new ArrayList<>();
    for (int size : List.of(MAX_BODY_BYTES + 1, 1024 * 1024, 4 * 1024 * 1024)) {
      String padding = "x".repeat(size);
      byte[] body = utf8("[" + EventJson.full().with("propertyValue", "\"" + padding + "\"") + "]");
      cases.add(new Case(size + " bytes with the token", "POST", TOKEN, body, 413));
      cases.add(new Case(size + " bytes without the token", "POST", Map.of(), body, 413));
    }
    return cases;
  }
}
