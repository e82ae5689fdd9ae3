package io.github.hubspotapt.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bodies and requests of app event occurrences; the generated code's end-to-end test sends them
 * over HTTP.
 */
class AppEventsTest {

  @Test
  void theBodyEscapesEveryStringAndKeepsThePropertyOrder() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("z \"quoted\"", "line\nbreak\ttab \\ \u0001 \u2028 \uD83D\uDE00");
    properties.put("a", "");
    EventOccurrence occurrence =
        new EventOccurrence(
            "type</script>",
            "id\"1",
            EventTarget.email("x@example.com"),
            Instant.parse("2026-03-01T10:15:30Z"),
            properties);

    assertEquals(
        "{\"eventTypeName\":\"type</script>\",\"id\":\"id\\\"1\",\"email\":\"x@example.com\","
            + "\"timestamp\":\"2026-03-01T10:15:30Z\",\"properties\":{"
            + "\"z \\\"quoted\\\"\":\"line\\nbreak\\ttab \\\\ \\u0001 \u2028 \uD83D\uDE00\",\"a\":\"\"}}",
        occurrence.json());
  }

  /** HubSpot's timeline templates read {@code extraData}; it is sent after the properties. */
  @Test
  void extraDataIsSentCompactAfterTheProperties() {
    EventOccurrence occurrence =
        new EventOccurrence("t", "1", EventTarget.objectId("7"), null, Map.of("a", "b"))
            .withExtraData("{ \"answers\": [ {\"title\": \"Q1\", \"n\": 1e400} ] }");

    assertEquals(
        "{\"eventTypeName\":\"t\",\"id\":\"1\",\"objectId\":\"7\",\"properties\":{\"a\":\"b\"},"
            + "\"extraData\":{\"answers\":[{\"title\":\"Q1\",\"n\":1e400}]}}",
        occurrence.json());
    assertEquals(
        "{\"answers\":[{\"title\":\"Q1\",\"n\":1e400}]}", occurrence.extraData().orElseThrow());
  }

  @Test
  void extraDataThatIsNotOneObjectOrArrayIsRefused() {
    EventOccurrence occurrence =
        new EventOccurrence("t", "1", EventTarget.objectId("7"), null, Map.of());

    for (String json : List.of("", "\"text\"", "{\"a\": 1} {}", "{\"a\": ", "[1,]")) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> occurrence.withExtraData(json), json);
      assertFalse(refused.getMessage().isEmpty(), json);
    }
  }

  @Test
  void theTimestampIsCutToMilliseconds() {
    EventOccurrence occurrence =
        new EventOccurrence(
            "t",
            "1",
            EventTarget.objectId("7"),
            Instant.parse("2026-03-01T10:15:30.123999Z"),
            Map.of());

    assertEquals(Instant.parse("2026-03-01T10:15:30.123Z"), occurrence.timestamp().orElseThrow());
    assertEquals(
        "{\"eventTypeName\":\"t\",\"id\":\"1\",\"objectId\":\"7\",\"timestamp\":\"2026-03-01T10:15:30.123Z\","
            + "\"properties\":{}}",
        occurrence.json());
  }

  @Test
  void requestsGoToTheBaseUriWithTheTokenInTheHeaderOnly() {
    EventOccurrence occurrence =
        new EventOccurrence("t", "1", EventTarget.domain("acme.example"), null, Map.of());
    AppEvents local = new AppEvents(URI.create("http://127.0.0.1:8080/prefix/"));

    HttpRequest one = local.send(occurrence, "token-1");
    HttpRequest batch = local.sendAll(List.of(occurrence), "token-1");

    assertEquals(
        URI.create("http://127.0.0.1:8080/prefix/integrators/timeline/2026-03/events"), one.uri());
    assertEquals(
        URI.create("http://127.0.0.1:8080/prefix/integrators/timeline/2026-03/events/batch"),
        batch.uri());
    assertEquals("Bearer token-1", one.headers().firstValue("Authorization").orElseThrow());
    assertFalse(one.toString().contains("token-1"));
    assertEquals(
        URI.create("https://api.hubapi.com/integrators/timeline/2026-03/events"),
        new AppEvents().send(occurrence, "t").uri());
  }

  @Test
  void badInputIsRefusedWithAMessageThatNeverShowsTheToken() {
    EventOccurrence occurrence =
        new EventOccurrence("t", "1", EventTarget.utk("u"), null, Map.of());
    AppEvents hubSpot = new AppEvents();
    Map<String, String> nullValue = new LinkedHashMap<>();
    nullValue.put("p", null);

    assertEquals(
        "access token: empty, or characters an HTTP header cannot carry",
        assertThrows(IllegalArgumentException.class, () -> hubSpot.send(occurrence, "secret token"))
            .getMessage());
    assertEquals(
        "no occurrences to send",
        assertThrows(IllegalArgumentException.class, () -> hubSpot.sendAll(List.of(), "t"))
            .getMessage());
    assertEquals(
        "id is empty",
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventOccurrence("t", "", EventTarget.utk("u"), null, Map.of()))
            .getMessage());
    assertEquals(
        "email is empty",
        assertThrows(IllegalArgumentException.class, () -> EventTarget.email("")).getMessage());
    assertEquals(
        "a property name or value is null (property p)",
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventOccurrence("t", "1", EventTarget.utk("u"), null, nullValue))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new AppEvents(URI.create("ftp://example.com")));
    assertThrows(
        IllegalArgumentException.class, () -> new AppEvents(URI.create("https://example.com/?q")));
  }
}
