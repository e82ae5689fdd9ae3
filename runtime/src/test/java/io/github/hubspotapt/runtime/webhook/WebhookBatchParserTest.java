package io.github.hubspotapt.runtime.webhook;

import static io.github.hubspotapt.runtime.webhook.Batches.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookBatchParserTest {

  private final WebhookBatchParser parser =
      new WebhookBatchParser(WebhookLimits.HUBSPOT_MAX_EVENTS);

  private List<WebhookEvent> parse(String json) throws MalformedRequestException {
    return parser.parse(utf8(json));
  }

  private String refusal(String json) {
    return refusal(utf8(json));
  }

  private String refusal(byte[] body) {
    return assertThrows(MalformedRequestException.class, () -> parser.parse(body)).getMessage();
  }

  @Test
  void readsEveryFieldOfAnEvent() throws Exception {
    WebhookEvent event = parse("[" + EventJson.full() + "]").get(0);

    assertEquals(11, event.eventId());
    assertEquals(22, event.subscriptionId());
    assertEquals(33, event.portalId());
    assertEquals(44, event.appId());
    assertEquals(Instant.ofEpochMilli(1722957035843L), event.occurredAt());
    assertEquals("object.propertyChange", event.subscriptionType());
    assertEquals(3, event.attemptNumber());
    assertEquals(55, event.objectId());
    assertEquals("0-3", event.objectTypeId());
    assertEquals("CRM_UI", event.changeSource());
    assertEquals("userId:75514748", event.sourceId());
    assertEquals("UPDATED", event.changeFlag());
    assertEquals("dealstage", event.propertyName());
    assertEquals("closedwon", event.propertyValue());
    assertTrue(event.isSensitive());
    assertEquals(66L, event.primaryObjectId());
    assertEquals(List.of(77L, 88L), event.mergedObjectIds());
    assertEquals(99L, event.newObjectId());
    assertEquals(12, event.numberOfPropertiesMoved());
    assertEquals("DEAL_TO_CONTACT", event.associationType());
    assertEquals(55L, event.fromObjectId());
    assertEquals(101L, event.toObjectId());
    assertEquals("0-3", event.fromObjectTypeId());
    assertEquals("0-1", event.toObjectTypeId());
    assertTrue(event.associationRemoved());
    assertTrue(event.isPrimaryAssociation());
    assertEquals("m-1", event.messageId());
    assertEquals("COMMENT", event.messageType());
  }

  @Test
  void readsAClassicEventWithoutTheGenericFields() throws Exception {
    WebhookEvent event = parse(Batches.array(Batches.CLASSIC_CREATION)).get(0);

    assertEquals("contact.creation", event.subscriptionType());
    assertEquals(123, event.objectId());
    assertEquals(12345, event.subscriptionId());
    assertEquals(54321, event.appId());
    assertEquals(0, event.attemptNumber());
    assertEquals("NEW", event.changeFlag());
    assertEquals("CRM", event.changeSource());
    assertNull(event.objectTypeId());
    assertNull(event.sourceId());
    assertNull(event.propertyName());
    assertNull(event.propertyValue());
    assertFalse(event.isSensitive());
    assertNull(event.primaryObjectId());
    assertEquals(List.of(), event.mergedObjectIds());
    assertNull(event.newObjectId());
    assertNull(event.numberOfPropertiesMoved());
    assertNull(event.associationType());
    assertNull(event.fromObjectId());
    assertNull(event.toObjectId());
    assertNull(event.fromObjectTypeId());
    assertNull(event.toObjectTypeId());
    assertFalse(event.associationRemoved());
    assertFalse(event.isPrimaryAssociation());
    assertNull(event.messageId());
    assertNull(event.messageType());
  }

  @Test
  void readsAGenericEventWithItsObjectTypeId() throws Exception {
    WebhookEvent event = parse(Batches.array(Batches.GENERIC_PROPERTY_CHANGE)).get(0);

    assertEquals("object.propertyChange", event.subscriptionType());
    assertEquals("0-3", event.objectTypeId());
    assertEquals("dealstage", event.propertyName());
    assertEquals("closedwon", event.propertyValue());
    assertEquals("userId:75514748", event.sourceId());
    assertEquals(2, event.attemptNumber());
    assertFalse(event.isSensitive());
  }

  @Test
  void readsEveryShapeOfABatchInOrder() throws Exception {
    List<WebhookEvent> events = parse(Batches.MIXED);

    assertEquals(
        List.of(
            "contact.creation",
            "object.propertyChange",
            "contact.merge",
            "deal.associationChange",
            "conversation.newMessage"),
        events.stream().map(WebhookEvent::subscriptionType).toList());
    assertEquals(List.of(200L, 300L), events.get(2).mergedObjectIds());
    assertEquals(47, events.get(2).numberOfPropertiesMoved());
    assertEquals("a1b2c3", events.get(4).messageId());
    assertEquals("MESSAGE", events.get(4).messageType());
  }

  @Test
  void anAssociationChangeWithoutObjectIdIsAboutTheRecordTheAssociationStartsAt() throws Exception {
    WebhookEvent event = parse(Batches.array(Batches.ASSOCIATION_CHANGE)).get(0);

    assertEquals(64058987777L, event.objectId());
    assertEquals(64058987777L, event.fromObjectId());
    assertEquals(58061514894L, event.toObjectId());
    assertEquals("DEAL_TO_LINE_ITEM", event.associationType());
    assertTrue(event.isPrimaryAssociation());
    assertFalse(event.associationRemoved());
    assertEquals(0, event.subscriptionId());
  }

  @Test
  void skipsFieldsItDoesNotKnowWhateverTheyHold() throws Exception {
    String event =
        EventJson.full()
            .with("eventType", "\"contact.creation\"")
            .with("nested", "{\"a\":[1,{\"b\":[true,null,\"x\"]}],\"objectId\":\"not this one\"}")
            .with("list", "[[],[{}],\"s\",1.5e10]")
            .with("nothing", "null")
            .toString();

    WebhookEvent read = parse("[" + event + "]").get(0);

    assertEquals(55, read.objectId());
  }

  @Test
  void takesNullAsAbsent() throws Exception {
    String event =
        new EventJson()
            .with("eventId", "1")
            .with("portalId", "2")
            .with("occurredAt", "3")
            .with("subscriptionType", "\"contact.merge\"")
            .with("objectId", "4")
            .with("newObjectId", "null")
            .with("mergedObjectIds", "null")
            .with("isSensitive", "null")
            .with("subscriptionId", "null")
            .toString();

    WebhookEvent read = parse("[" + event + "]").get(0);

    assertNull(read.newObjectId());
    assertEquals(List.of(), read.mergedObjectIds());
    assertFalse(read.isSensitive());
    assertEquals(0, read.subscriptionId());
  }

  @Test
  void readsAnEmptyBatchAndWhitespaceAroundIt() throws Exception {
    assertEquals(List.of(), parse("[]"));
    assertEquals(1, parse(" \r\n\t[ " + Batches.CLASSIC_CREATION + " ]\n").size());
  }

  @Test
  void readsTextInAnyScriptAndEscapes() throws Exception {
    String event = EventJson.full().with("propertyValue", "\"Zoë 北京 \\u00e9\\n 🎉\"").toString();

    assertEquals("Zoë 北京 é\n 🎉", parse("[" + event + "]").get(0).propertyValue());
  }

  @Test
  void readsAsManyEventsAsTheLimitAndNoMore() throws Exception {
    assertEquals(100, parse(Batches.repeated(Batches.CLASSIC_CREATION, 100)).size());

    assertEquals(
        "events[100]: more than 100 events in one batch (HubSpot sends at most 100)",
        refusal(Batches.repeated(Batches.CLASSIC_CREATION, 101)));
    assertEquals(
        "events[2]: more than 2 events in one batch (HubSpot sends at most 100)",
        assertThrows(
                MalformedRequestException.class,
                () ->
                    new WebhookBatchParser(2)
                        .parse(utf8(Batches.repeated(Batches.CLASSIC_CREATION, 3))))
            .getMessage());
  }

  @Test
  void refusesAnEmptyBody() {
    assertEquals("body: empty; expected a JSON array of events", refusal(new byte[0]));
    assertEquals("body: expected a JSON array of events, got nothing", refusal("  \n "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "\"events\"", "12", "null", "true"})
  void refusesABodyThatIsNotAnArray(String json) {
    assertTrue(refusal(json).startsWith("body: expected a JSON array of events, got "), json);
  }

  static Stream<Arguments> notEvents() {
    return Stream.of(
        Arguments.of("[1]", "events[0]: expected an event object, got an integer"),
        Arguments.of("[[]]", "events[0]: expected an event object, got an array"),
        Arguments.of("[null]", "events[0]: expected an event object, got null"),
        Arguments.of("[\"x\"]", "events[0]: expected an event object, got a string"),
        Arguments.of(
            "[" + Batches.CLASSIC_CREATION + ",false]",
            "events[1]: expected an event object, got a boolean"));
  }

  @ParameterizedTest
  @MethodSource("notEvents")
  void refusesAnArrayElementThatIsNotAnEvent(String json, String message) {
    assertEquals(message, refusal(json));
  }

  @Test
  void refusesContentAfterTheArray() {
    assertEquals("body: content after the array of events (byte 3)", refusal("[] []"));
    assertEquals("body: content after the array of events (byte 2)", refusal("[]{}"));
    assertEquals("body: not valid JSON (byte 3)", refusal("[] x"));
    assertEquals("body: not valid JSON (byte 2)", refusal("[]]"));
  }

  @Test
  void refusesABodyThatEndsEarlyNamingWhereItStopped() {
    String batch = Batches.array(Batches.CLASSIC_CREATION, Batches.GENERIC_PROPERTY_CHANGE);
    String cutInPropertyValue = batch.substring(0, batch.indexOf("closedwon") + 3);

    assertTrue(refusal("[").startsWith("events[0]: the body ends before the JSON is complete"));
    assertTrue(
        refusal(cutInPropertyValue)
            .startsWith("events[1].propertyValue: the body ends before the JSON is complete"),
        refusal(cutInPropertyValue));
    assertTrue(
        refusal(batch.substring(0, batch.length() - 1))
            .startsWith("events[2]: the body ends before the JSON is complete"));
  }

  @Test
  void refusesJsonThatIsNotWellFormedWithoutQuotingIt() {
    assertEquals(
        "events[0].secret: not valid JSON (byte 23)", refusal("[{\"eventId\":1,\"secret\":tru}]"));
    assertEquals("events[0]: not valid JSON (byte 2)", refusal("[{eventId:1}]"));
    assertTrue(
        refusal("[{\"eventId\":01}]").startsWith("events[0].eventId: not valid JSON (byte 1"));
    assertTrue(
        refusal("[{\"eventId\":NaN}]").startsWith("events[0].eventId: not valid JSON (byte 1"));
    assertTrue(
        refusal("[{\"eventId\":").startsWith("events[0].eventId: the body ends before the JSON"));
    assertTrue(refusal("[{\"eventId\":1,").startsWith("events[0]: the body ends before the JSON"));
    assertTrue(refusal("[{\"eventId\":1,}]").startsWith("events[0]: not valid JSON"));
    assertTrue(
        refusal("[{\"propertyValue\":\"a\u0001b\"}]")
            .startsWith("events[0].propertyValue: not valid JSON"));
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(EventField.values())
        .flatMap(
            field ->
                EventJson.kindOf(field).wrongValues.stream()
                    .map(value -> Arguments.of(field, value)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("wrongTypes")
  void refusesAValueOfTheWrongTypeNamingTheField(EventField field, String value) {
    String message =
        refusal(
            "["
                + Batches.CLASSIC_CREATION
                + ","
                + EventJson.full().with(field.jsonName(), value)
                + "]");

    String where = "events[1]." + field.jsonName();
    assertTrue(
        message.startsWith(where + ": expected ")
            || message.startsWith(where + "[0]: expected ")
            || message.startsWith(where + ": integer out of range"),
        message);
  }

  @Test
  void saysWhatItExpectedAndWhatItGot() {
    assertEquals(
        "events[0].objectId: expected an integer, got a string",
        refusal("[" + EventJson.full().with("objectId", "\"123\"") + "]"));
    assertEquals(
        "events[0].occurredAt: expected an integer, got a decimal number",
        refusal("[" + EventJson.full().with("occurredAt", "1722957035843.0") + "]"));
    assertEquals(
        "events[0].mergedObjectIds[1]: expected an integer, got a string",
        refusal("[" + EventJson.full().with("mergedObjectIds", "[1,\"2\"]") + "]"));
    assertEquals(
        "events[0].isSensitive: expected a boolean, got a string",
        refusal("[" + EventJson.full().with("isSensitive", "\"true\"") + "]"));
    assertEquals(
        "events[0].portalId: integer out of range: expected a 64-bit integer",
        refusal("[" + EventJson.full().with("portalId", "9223372036854775808") + "]"));
    assertEquals(
        "events[0].attemptNumber: integer out of range: expected a 32-bit integer",
        refusal("[" + EventJson.full().with("attemptNumber", "2147483648") + "]"));
  }

  @Test
  void readsTheExtremesOfItsIntegerTypes() throws Exception {
    WebhookEvent event =
        parse(
                "["
                    + EventJson.full()
                        .with("objectId", "9223372036854775807")
                        .with("attemptNumber", "2147483647")
                        .with("newObjectId", "-9223372036854775808")
                    + "]")
            .get(0);

    assertEquals(Long.MAX_VALUE, event.objectId());
    assertEquals(Integer.MAX_VALUE, event.attemptNumber());
    assertEquals(Long.MIN_VALUE, event.newObjectId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"subscriptionType", "eventId", "portalId", "occurredAt", "objectId"})
  void refusesAnEventWithoutARequiredField(String name) {
    assertEquals(
        "events[0]: the required field \"" + name + "\" is missing or null",
        refusal(
            "["
                + EventJson.full().with("subscriptionType", "\"contact.creation\"").without(name)
                + "]"));
    assertEquals(
        "events[0]: the required field \"" + name + "\" is missing or null",
        refusal(
            "["
                + EventJson.full()
                    .with("subscriptionType", "\"contact.creation\"")
                    .with(name, "null")
                + "]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fromObjectId", "toObjectId"})
  void refusesAnAssociationChangeWithoutObjectIdOrEitherEnd(String name) {
    String event =
        EventJson.full()
            .with("subscriptionType", "\"object.associationChange\"")
            .without("objectId")
            .without(name)
            .toString();

    assertEquals(
        "events[0]: the required field \"" + name + "\" is missing or null",
        refusal("[" + event + "]"));
  }

  @Test
  void refusesAFieldGivenTwice() {
    String event = EventJson.full().toString().replace("{", "{\"objectId\":1,");

    assertEquals(
        "events[0].objectId: the field appears twice in one event", refusal("[" + event + "]"));
  }

  @Test
  void refusesNestingBombs() {
    String deep = "[".repeat(100_000);
    String deepInUnknownField =
        "[{\"eventId\":1,\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}]";

    assertEquals("events[0]: expected an event object, got an array", refusal(deep));
    assertEquals(
        "events[0].x: exceeds the parser's limits on nesting or length",
        refusal(deepInUnknownField));
  }

  @Test
  void acceptsNestingUpToTheLimitInFieldsItSkips() throws Exception {
    int depth = WebhookBatchParser.MAX_NESTING_DEPTH - 2;
    String event = EventJson.full().with("x", "[".repeat(depth) + "]".repeat(depth)).toString();

    assertEquals(1, parse("[" + event + "]").size());
  }

  static Stream<Arguments> notUtf8() {
    return Stream.of(
        Arguments.of(new byte[] {(byte) 0xC3, 0x28}, "byte 0xC3"),
        Arguments.of(new byte[] {(byte) 0x80}, "byte 0x80"),
        Arguments.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, "byte 0xC0"),
        Arguments.of(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, "byte 0xE0"),
        Arguments.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "byte 0xED"),
        Arguments.of(new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, "byte 0xF0"),
        Arguments.of(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "byte 0xF4"),
        Arguments.of(new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, "byte 0xF5"),
        Arguments.of(new byte[] {(byte) 0xFF}, "byte 0xFF"),
        Arguments.of(new byte[] {(byte) 0xE2, (byte) 0x82}, "byte 0xE2"),
        Arguments.of(new byte[] {0}, "byte 0x00"));
  }

  @ParameterizedTest
  @MethodSource("notUtf8")
  void refusesBytesThatAreNotUtf8NamingTheEventAndField(byte[] bad, String what) {
    byte[] body =
        splice(
            Batches.array(Batches.CLASSIC_CREATION, Batches.GENERIC_PROPERTY_CHANGE),
            "closed",
            bad);
    int offset =
        Batches.array(Batches.CLASSIC_CREATION, Batches.GENERIC_PROPERTY_CHANGE).indexOf("closed");

    assertEquals(
        "events[1].propertyValue: not UTF-8 JSON text (" + what + " at offset " + offset + ")",
        refusal(body));
  }

  @Test
  void refusesNonUtf8BetweenEventsAndInFieldNames() {
    byte[] inName =
        splice(Batches.array(Batches.CLASSIC_CREATION), "eventId", new byte[] {(byte) 0xFE});
    byte[] betweenEvents =
        splice(
            Batches.array(Batches.CLASSIC_CREATION, Batches.MERGE),
            ",{\"eventId\":99",
            new byte[] {(byte) 0x80});

    assertTrue(
        refusal(inName).startsWith("events[0]: not UTF-8 JSON text (byte 0xFE at offset 3)"),
        refusal(inName));
    assertTrue(
        refusal(betweenEvents).startsWith("events[0]: not UTF-8 JSON text (byte 0x80"),
        refusal(betweenEvents));
  }

  @Test
  void refusesABatchEncodedAsUtf16() {
    assertTrue(
        refusal(Batches.array(Batches.CLASSIC_CREATION).getBytes(StandardCharsets.UTF_16LE))
            .startsWith("body: not UTF-8 JSON text (byte 0x00 at offset 1)"));
    assertTrue(
        refusal(Batches.array(Batches.CLASSIC_CREATION).getBytes(StandardCharsets.UTF_16))
            .startsWith("body: not UTF-8 JSON text (byte 0xFE at offset 0)"));
  }

  @ParameterizedTest
  @EnumSource(EventField.class)
  void everyFieldHasAJsonNameItIsFoundBy(EventField field) {
    assertEquals(field, EventField.named(field.jsonName()));
  }

  @Test
  void theDeduplicationKeyIsTheSameForARetryAndDiffersForAnotherChange() throws Exception {
    EventJson base = EventJson.full();
    String key = parse("[" + base + "]").get(0).deduplicationKey();

    assertEquals(key, keyOf(EventJson.full().with("attemptNumber", "7")));
    assertEquals(key, keyOf(EventJson.full().with("propertyValue", "\"another value\"")));
    assertNotEquals(key, keyOf(EventJson.full().with("eventId", "12")));
    assertNotEquals(key, keyOf(EventJson.full().with("subscriptionId", "23")));
    assertNotEquals(key, keyOf(EventJson.full().with("portalId", "34")));
    assertNotEquals(key, keyOf(EventJson.full().with("occurredAt", "1722957035844")));
    assertNotEquals(key, keyOf(EventJson.full().with("objectId", "56")));
    assertNotEquals(key, keyOf(EventJson.full().with("objectTypeId", "\"0-1\"")));
    assertNotEquals(key, keyOf(EventJson.full().with("propertyName", "\"amount\"")));
    assertNotEquals(key, keyOf(EventJson.full().with("toObjectId", "102")));
    assertFalse(key.contains("closedwon"));
  }

  @Test
  void namesNoPropertyValueInItsText() throws Exception {
    String text = parse("[" + EventJson.full() + "]").get(0).toString();

    assertFalse(text.contains("closedwon"));
    assertTrue(text.contains("object.propertyChange") && text.contains("eventId=11"), text);
  }

  @Test
  void refusesALimitBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> new WebhookBatchParser(0));
  }

  private String keyOf(EventJson event) throws MalformedRequestException {
    return parse("[" + event + "]").get(0).deduplicationKey();
  }

  /**
   * The text's UTF-8 bytes with {@code bad} inserted before the first occurrence of {@code before}.
   */
  private static byte[] splice(String text, String before, byte[] bad) {
    int at = text.indexOf(before);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(text.substring(0, at)));
    out.writeBytes(bad);
    out.writeBytes(utf8(text.substring(at)));
    return out.toByteArray();
  }
}
