package io.github.hubspotapt.runtime.webhook;

import static io.github.hubspotapt.runtime.webhook.Batches.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast path against the thorough one: a batch the scanner reads must be read by jackson-core to
 * the same events, and every batch jackson-core refuses must be left to it (the scanner gives up),
 * so that messages stay its own.
 */
class WebhookBatchScannerTest {

  private static final int MAX_EVENTS = 5;
  private static final WebhookBatchParser PARSER = new WebhookBatchParser(MAX_EVENTS);

  /**
   * Batches as HubSpot sends them, and JSON it could write the same way: the fast path must read
   * each one.
   */
  @TestFactory
  Stream<DynamicTest> readsWhatHubSpotSends() {
    String full = EventJson.full().toString();
    List<String> bodies =
        List.of(
            Batches.MIXED,
            "[]",
            " [ ] ",
            "[" + full + "]",
            "\r\n[\t" + full.replace(",", " ,\n ").replace(":", " : ") + " ]\n",
            "["
                + EventJson.full()
                    .with("propertyValue", "\"Zoë ✓ 𝄞 \u007f\"")
                    .with("sourceId", "\"\"")
                + "]",
            "["
                + EventJson.full()
                    .with("eventId", "-0")
                    .with("objectId", "999999999999999999")
                    .with("attemptNumber", "2147483647")
                    .with("numberOfPropertiesMoved", "-2147483648")
                + "]",
            "["
                + EventJson.full()
                    .with("mergedObjectIds", "[ ]")
                    .with("changeSource", "null")
                    .with("isSensitive", "false")
                    .with("primaryObjectId", "null")
                + "]",
            "["
                + EventJson.full()
                    .with("unknown", "{\"a\":[1,-2.5e+3,0.0,true,false,null,\"xy\"],\"b\":{}}")
                    .with("", "[]")
                    .with("zoë", "-0E-1")
                + "]",
            "["
                + EventJson.full()
                    .without("objectId")
                    .with("subscriptionType", "\"object.associationChange\"")
                + "]");
    return bodies.stream()
        .map(
            body ->
                dynamicTest(
                    body,
                    () -> {
                      List<WebhookEvent> fast = WebhookBatchScanner.scan(utf8(body), MAX_EVENTS);
                      assertNotNull(fast, "the fast path gave up");
                      assertEquals(described(PARSER.readThoroughly(utf8(body))), described(fast));
                    }));
  }

  /**
   * Anything else: what jackson-core refuses, the scanner leaves to it; what it reads, both read
   * the same.
   */
  @TestFactory
  Stream<DynamicTest> leavesTheRestToTheThoroughWay() {
    List<byte[]> bodies = new ArrayList<>();
    byte[] mixed = utf8(Batches.MIXED);
    for (int length = 1; length < mixed.length; length++) {
      bodies.add(Arrays.copyOf(mixed, length));
    }
    for (EventField field : EventField.values()) {
      for (String wrong : EventJson.kindOf(field).wrongValues) {
        bodies.add(utf8("[" + EventJson.full().with(field.jsonName(), wrong) + "]"));
      }
      bodies.add(utf8("[" + EventJson.full().without(field.jsonName()) + "]"));
      bodies.add(utf8("[" + EventJson.full().with(field.jsonName(), "null") + "]"));
      // Given twice, the first time null.
      bodies.add(
          utf8(
              "["
                  + EventJson.full().toString().replace("{", "{\"" + field.jsonName() + "\":null,")
                  + "]"));
    }
    for (String value :
        List.of(
            "01",
            "-",
            "1.",
            ".5",
            "+1",
            "1e",
            "0x1",
            "tru",
            "nul",
            "truex",
            "\"a\\u00e9\"",
            "\"tab\tinside\"",
            "\"a\\nb\"",
            "[1,]",
            "{\"a\":1,}",
            "{\"a\"}",
            "{1:2}",
            "'x'",
            "NaN",
            "Infinity",
            "1234567890123456789",
            "[[[[[[[[[[[[]]]]]]]]]]]]",
            "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{}}}}}}}")) {
      bodies.add(utf8("[" + EventJson.full().with("unknown", value) + "]"));
      bodies.add(utf8("[" + EventJson.full().with("propertyValue", value) + "]"));
    }
    String event = EventJson.full().toString();
    for (String body :
        List.of(
            "",
            " ",
            "{}",
            "[1]",
            "[null]",
            "[{}]",
            "[" + event + ",]",
            "[" + event + "] x",
            "[" + event + "][]",
            "[" + event + "\u000b]",
            "[" + event.replace("eventId", "event\\u0049d") + "]",
            "\ufeff[" + event + "]",
            Batches.repeated(event, MAX_EVENTS + 1),
            Batches.repeated(event, MAX_EVENTS))) {
      bodies.add(utf8(body));
    }
    for (byte[] invalid :
        List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {0})) {
      byte[] body =
          utf8("[" + EventJson.full().with("propertyValue", "\"ab\"").with("zz", "\"cd\"") + "]");
      int inValue = indexOf(body, "ab");
      int inName = indexOf(body, "zz");
      bodies.add(splice(body, inValue, invalid));
      bodies.add(splice(body, inName, invalid));
    }
    bodies.add(Batches.MIXED.getBytes(StandardCharsets.UTF_16LE));
    return bodies.stream()
        .map(
            body ->
                dynamicTest(
                    body.length + " bytes: " + new String(body, StandardCharsets.UTF_8),
                    () -> agree(body)));
  }

  private static void agree(byte[] body) {
    List<WebhookEvent> fast = WebhookBatchScanner.scan(body, MAX_EVENTS);
    List<WebhookEvent> thorough;
    try {
      thorough = PARSER.readThoroughly(body);
    } catch (MalformedRequestException refused) {
      assertNull(
          fast, "the fast path read a batch the thorough way refuses: " + refused.getMessage());
      return;
    }
    if (fast != null) {
      assertEquals(described(thorough), described(fast));
    }
  }

  /**
   * Every value an event holds, so that two lists compare equal only when every accessor agrees.
   */
  private static List<String> described(List<WebhookEvent> events) {
    List<String> all = new ArrayList<>();
    for (WebhookEvent e : events) {
      all.add(
          List.of(
                  e.eventId(),
                  e.subscriptionId(),
                  e.portalId(),
                  e.appId(),
                  e.occurredAt(),
                  e.subscriptionType(),
                  e.attemptNumber(),
                  e.objectId(),
                  String.valueOf(e.objectTypeId()),
                  String.valueOf(e.changeSource()),
                  String.valueOf(e.sourceId()),
                  String.valueOf(e.changeFlag()),
                  String.valueOf(e.propertyName()),
                  String.valueOf(e.propertyValue()),
                  e.isSensitive(),
                  String.valueOf(e.primaryObjectId()),
                  e.mergedObjectIds(),
                  String.valueOf(e.newObjectId()),
                  String.valueOf(e.numberOfPropertiesMoved()),
                  String.valueOf(e.associationType()),
                  String.valueOf(e.fromObjectId()),
                  String.valueOf(e.toObjectId()),
                  String.valueOf(e.fromObjectTypeId()),
                  String.valueOf(e.toObjectTypeId()),
                  e.associationRemoved(),
                  e.isPrimaryAssociation(),
                  String.valueOf(e.messageId()),
                  String.valueOf(e.messageType()))
              .toString());
    }
    return all;
  }

  private static int indexOf(byte[] body, String ascii) {
    return new String(body, StandardCharsets.ISO_8859_1).indexOf(ascii);
  }

  private static byte[] splice(byte[] body, int at, byte[] inserted) {
    byte[] spliced = new byte[body.length + inserted.length];
    System.arraycopy(body, 0, spliced, 0, at);
    System.arraycopy(inserted, 0, spliced, at, inserted.length);
    System.arraycopy(body, at, spliced, at + inserted.length, body.length - at);
    return spliced;
  }
}
