package io.github.hubspotapt.runtime.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputFieldsTest {

  enum Priority {
    HIGH,
    LOW
  }

  static final Map<Priority, String> PRIORITIES =
      new EnumMap<>(Map.of(Priority.HIGH, "high", Priority.LOW, "low"));

  @Test
  void writesEachTypeAsHubSpotReadsIt() {
    Instant instant = Instant.parse("2022-05-16T10:00:00Z");
    Map<String, String> fields =
        new OutputFields()
            .put("text", "A-17")
            .put("flag", true)
            .put("int", 5)
            .put("long", 153847279758L)
            .put("double", 1.0e10)
            .put("float", 0.1f)
            .put("decimal", new BigDecimal("1E+3"))
            .put("integer", new BigInteger("123456789012345678901234567890"))
            .put("date", LocalDate.of(2022, 5, 16))
            .put("instant", instant)
            .put("offset", instant.atOffset(ZoneOffset.ofHours(2)))
            .put("zoned", ZonedDateTime.ofInstant(instant, ZoneId.of("Europe/Paris")))
            .put("local", LocalDateTime.of(2022, 5, 16, 10, 0))
            .put("priority", Priority.HIGH, PRIORITIES)
            .put("priorities", List.of(Priority.LOW, Priority.HIGH), PRIORITIES)
            .putAll("tags", List.of("a", "b"))
            .toMap();

    assertEquals(
        Map.ofEntries(
            Map.entry("text", "A-17"),
            Map.entry("flag", "true"),
            Map.entry("int", "5"),
            Map.entry("long", "153847279758"),
            Map.entry("double", "10000000000"),
            Map.entry("float", "0.1"),
            Map.entry("decimal", "1000"),
            Map.entry("integer", "123456789012345678901234567890"),
            Map.entry("date", "1652659200000"),
            Map.entry("instant", "1652695200000"),
            Map.entry("offset", "1652695200000"),
            Map.entry("zoned", "1652695200000"),
            Map.entry("local", "1652695200000"),
            Map.entry("priority", "high"),
            Map.entry("priorities", "low;high"),
            Map.entry("tags", "a;b")),
        fields);
  }

  @Test
  void leavesOutNullsAndKeepsTheOrderPut() {
    Map<String, String> fields =
        new OutputFields()
            .put("b", "2")
            .put("missing", (String) null)
            .put("none", (LocalDate) null)
            .put("a", "1")
            .toMap();

    assertEquals(List.of("b", "a"), List.copyOf(fields.keySet()));
  }

  @Test
  void refusesWhatHubSpotCannotStore() {
    assertThrows(IllegalArgumentException.class, () -> new OutputFields().put("n", Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> new OutputFields().put("n", Float.POSITIVE_INFINITY));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OutputFields().put("p", Priority.HIGH, Map.of(Priority.LOW, "low")));
  }

  @Test
  void aDateRoundTripsThroughInputValues() throws Exception {
    LocalDate date = LocalDate.of(2026, 3, 1);
    String written = new OutputFields().put("d", date).toMap().get("d");

    assertEquals(date, InputValues.localDate(InputValuesTest.field(written), "f", true));
    assertEquals(
        OffsetDateTime.of(2026, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC),
        InputValues.offsetDateTime(InputValuesTest.field(written), "f", true));
  }
}
