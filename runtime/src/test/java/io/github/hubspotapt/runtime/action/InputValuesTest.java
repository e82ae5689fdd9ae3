package io.github.hubspotapt.runtime.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputValuesTest {

  enum Currency {
    EUR,
    USD,
    GBP
  }

  /** Option values differ from the constants' names, as {@code @Option(value = ...)} allows. */
  static final Map<String, Currency> CURRENCIES = options();

  private static Map<String, Currency> options() {
    Map<String, Currency> options = new LinkedHashMap<>();
    options.put("eur", Currency.EUR);
    options.put("usd", Currency.USD);
    options.put("gbp", Currency.GBP);
    return options;
  }

  static ExecutionRequest request(Map<String, String> inputFields) {
    return new ExecutionRequest(
        new ExecutionContext(
            "cb-1",
            new ActionOrigin(1, null, null, null, null),
            ExecutionSource.WORKFLOWS,
            null,
            null,
            null),
        inputFields);
  }

  static ExecutionRequest field(String value) {
    return request(Map.of("f", value));
  }

  private static final ExecutionRequest NONE = request(Map.of());

  private static void fails(String message, Executable conversion) {
    assertEquals(message, assertThrows(MalformedRequestException.class, conversion).getMessage());
  }

  @Test
  void strings() throws MalformedRequestException {
    assertEquals("  as sent ", InputValues.string(field("  as sent "), "f", true));
    assertNull(InputValues.string(NONE, "f", false));
    assertNull(InputValues.string(field(" "), "f", false));
    fails(
        "input field 'f': required, expected a text, but the request has no value",
        () -> InputValues.string(NONE, "f", true));
    fails(
        "input field 'f': required, expected a text, but the request has no value",
        () -> InputValues.string(field(""), "f", true));
  }

  @Test
  void booleans() throws MalformedRequestException {
    assertTrue(InputValues.booleanValue(field("true"), "f", true));
    assertTrue(InputValues.booleanValue(field(" TRUE "), "f", true));
    assertFalse(InputValues.booleanValue(field("false"), "f", true));
    assertFalse(InputValues.booleanValue(NONE, "f", false));
    assertNull(InputValues.boxedBoolean(NONE, "f", false));
    assertEquals(false, InputValues.boxedBoolean(field("False"), "f", false));
    fails(
        "input field 'f': expected true or false, got 'yes'",
        () -> InputValues.booleanValue(field("yes"), "f", true));
    fails(
        "input field 'f': expected true or false, got '1'",
        () -> InputValues.boxedBoolean(field("1"), "f", false));
    fails(
        "input field 'f': required, expected true or false, but the request has no value",
        () -> InputValues.booleanValue(NONE, "f", true));
  }

  @Test
  void wholeNumbers() throws MalformedRequestException {
    assertEquals(995, InputValues.intValue(field("995"), "f", true));
    assertEquals(12, InputValues.intValue(field("12.0"), "f", true));
    assertEquals(-3, InputValues.intValue(field(" -3 "), "f", true));
    assertEquals(1000, InputValues.intValue(field("1e3"), "f", true));
    assertEquals(Integer.MAX_VALUE, InputValues.intValue(field("2147483647"), "f", true));
    assertEquals(0, InputValues.intValue(NONE, "f", false));
    assertNull(InputValues.boxedInt(NONE, "f", false));
    assertEquals(Long.MIN_VALUE, InputValues.longValue(field("-9223372036854775808"), "f", true));
    assertEquals(0L, InputValues.longValue(NONE, "f", false));
    assertNull(InputValues.boxedLong(NONE, "f", false));
    assertEquals(153847279758L, InputValues.boxedLong(field("153847279758"), "f", true));

    fails(
        "input field 'f': expected a whole number from -2147483648 to 2147483647, got '2147483648'",
        () -> InputValues.intValue(field("2147483648"), "f", true));
    fails(
        "input field 'f': expected a whole number from -2147483648 to 2147483647, got '12.5'",
        () -> InputValues.boxedInt(field("12.5"), "f", true));
    fails(
        "input field 'f': expected a whole number from -9223372036854775808 to 9223372036854775807, got 'abc'",
        () -> InputValues.longValue(field("abc"), "f", true));
    fails(
        "input field 'f': expected a whole number from -9223372036854775808 to 9223372036854775807, "
            + "got '9223372036854775808'",
        () -> InputValues.boxedLong(field("9223372036854775808"), "f", true));
  }

  @Test
  void smallWholeNumbers() throws MalformedRequestException {
    assertEquals((byte) -128, InputValues.byteValue(field("-128"), "f", true));
    assertEquals((byte) 0, InputValues.byteValue(NONE, "f", false));
    assertNull(InputValues.boxedByte(NONE, "f", false));
    assertEquals((short) 32767, InputValues.shortValue(field("32767"), "f", true));
    assertEquals(Short.valueOf((short) 7), InputValues.boxedShort(field("7.0"), "f", true));
    assertNull(InputValues.boxedShort(NONE, "f", false));

    fails(
        "input field 'f': expected a whole number from -128 to 127, got '128'",
        () -> InputValues.byteValue(field("128"), "f", true));
    fails(
        "input field 'f': expected a whole number from -32768 to 32767, got '1.5'",
        () -> InputValues.boxedShort(field("1.5"), "f", true));
  }

  @Test
  void decimalNumbers() throws MalformedRequestException {
    assertEquals(1.5, InputValues.doubleValue(field("1.5"), "f", true));
    assertEquals(2000.0, InputValues.doubleValue(field("2e3"), "f", true));
    assertEquals(0.0, InputValues.doubleValue(NONE, "f", false));
    assertNull(InputValues.boxedDouble(NONE, "f", false));
    assertEquals(0.25f, InputValues.floatValue(field("0.25"), "f", true));
    assertEquals(0f, InputValues.floatValue(NONE, "f", false));
    assertNull(InputValues.boxedFloat(NONE, "f", false));
    assertEquals(new BigDecimal("12.50"), InputValues.bigDecimal(field("12.50"), "f", true));
    assertNull(InputValues.bigDecimal(NONE, "f", false));
    assertEquals(
        new BigInteger("123456789012345678901234567890"),
        InputValues.bigInteger(field("123456789012345678901234567890"), "f", true));
    assertEquals(BigInteger.TEN, InputValues.bigInteger(field("10.00"), "f", true));
    assertNull(InputValues.bigInteger(NONE, "f", false));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "NaN", "Infinity", "0x10", "1,5", "1.5.2", "1e999999999", "--1", "1d"})
  void refusesWhatIsNoDecimalNumber(String value) {
    Executable[] conversions = {
      () -> InputValues.doubleValue(field(value), "f", true),
      () -> InputValues.boxedFloat(field(value), "f", true),
      () -> InputValues.bigDecimal(field(value), "f", true),
    };
    for (Executable conversion : conversions) {
      MalformedRequestException e = assertThrows(MalformedRequestException.class, conversion);
      assertTrue(
          e.getMessage().startsWith("input field 'f': expected a number, got '"), e.getMessage());
    }
  }

  @Test
  void aBigDecimalKeepsLargeButBoundedNumbers() throws MalformedRequestException {
    assertEquals(new BigDecimal("1e400"), InputValues.bigDecimal(field("1e400"), "f", true));
    fails(
        "input field 'f': expected a number, got '1e400'",
        () -> InputValues.doubleValue(field("1e400"), "f", true));
    fails(
        "input field 'f': expected a whole number, got '1.5'",
        () -> InputValues.bigInteger(field("1.5"), "f", true));
    fails(
        "input field 'f': expected a number, got '" + "9".repeat(40) + "'... (1001 characters)",
        () -> InputValues.bigDecimal(field("9".repeat(1001)), "f", true));
  }

  @Test
  void enumsByOptionValue() throws MalformedRequestException {
    assertEquals(Currency.EUR, InputValues.enumValue(field("eur"), "f", true, CURRENCIES));
    assertNull(InputValues.enumValue(NONE, "f", false, CURRENCIES));
    fails(
        "input field 'f': expected one of 'eur', 'gbp', 'usd', got 'EUR'",
        () -> InputValues.enumValue(field("EUR"), "f", true, CURRENCIES));
  }

  @Test
  void anErrorListsAtMostTenOptions() {
    assertEquals(
        "input field 'f': expected one of 'o0', 'o1', 'o10', 'o11', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', "
            + "..., got 'x'",
        assertThrows(
                MalformedRequestException.class,
                () -> InputValues.enumValue(field("x"), "f", true, manyOptions()))
            .getMessage());
  }

  private static Map<String, Currency> manyOptions() {
    Map<String, Currency> many = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      many.put("o" + i, Currency.EUR);
    }
    return many;
  }

  @Test
  void multiSelectsSeparatedBySemicolonsOrAsAJsonArray() throws MalformedRequestException {
    assertEquals(
        List.of(Currency.EUR, Currency.GBP),
        InputValues.enumList(field("eur;gbp"), "f", true, CURRENCIES));
    assertEquals(
        List.of(Currency.EUR, Currency.GBP),
        InputValues.enumList(field(" eur ; ;gbp; "), "f", true, CURRENCIES));
    assertEquals(
        List.of(Currency.USD, Currency.EUR),
        InputValues.enumList(field("[\"usd\", \"eur\"]"), "f", true, CURRENCIES));
    assertEquals(
        List.of(Currency.EUR, Currency.EUR),
        InputValues.enumList(field("eur;eur"), "f", true, CURRENCIES));
    assertEquals(
        Set.of(Currency.EUR), InputValues.enumSet(field("eur;eur"), "f", true, CURRENCIES));
    assertEquals(
        List.of(Currency.USD, Currency.EUR),
        List.copyOf(InputValues.enumSet(field("usd;eur;usd"), "f", true, CURRENCIES)));
    assertEquals(List.of(), InputValues.enumList(NONE, "f", false, CURRENCIES));
    assertEquals(Set.of(), InputValues.enumSet(field(";"), "f", false, CURRENCIES));
    assertEquals(
        List.of("a", "b c", "12"), InputValues.stringList(field("[\"a\",\"b c\",12]"), "f", true));
    assertEquals(List.of("a", "b c"), InputValues.stringList(field("a;b c"), "f", true));
    assertEquals(Set.of("a"), InputValues.stringSet(field("a;a"), "f", true));
    assertEquals(List.of(), InputValues.stringList(NONE, "f", false));

    fails(
        "input field 'f': expected option values separated by ';', each one of 'eur', 'gbp', 'usd', got 'eur;chf'",
        () -> InputValues.enumList(field("eur;chf"), "f", true, CURRENCIES));
    fails(
        "input field 'f': required, expected option values separated by ';', but the request has no value",
        () -> InputValues.stringList(field("[]"), "f", true));
    fails(
        "input field 'f': expected option values separated by ';', got '[\"a\",'",
        () -> InputValues.stringList(field("[\"a\","), "f", true));
    fails(
        "input field 'f': expected option values separated by ';', got '[[\"a\"]]'",
        () -> InputValues.stringSet(field("[[\"a\"]]"), "f", true));
    fails(
        "input field 'f': expected option values separated by ';', got '[null]'",
        () -> InputValues.stringList(field("[null]"), "f", true));
  }

  @Test
  void datesFromEpochMillisecondsOrIso() throws MalformedRequestException {
    assertEquals(
        LocalDate.of(2022, 5, 16), InputValues.localDate(field("1652659200000"), "f", true));
    assertEquals(
        LocalDate.of(2022, 5, 16), InputValues.localDate(field("1652700000000"), "f", true));
    assertEquals(LocalDate.of(2022, 5, 16), InputValues.localDate(field("2022-05-16"), "f", true));
    assertEquals(LocalDate.of(1969, 12, 31), InputValues.localDate(field("-86400000"), "f", true));
    assertNull(InputValues.localDate(NONE, "f", false));
    fails(
        "input field 'f': expected a date (epoch milliseconds or yyyy-MM-dd), got '16/05/2022'",
        () -> InputValues.localDate(field("16/05/2022"), "f", true));
    fails(
        "input field 'f': expected a date (epoch milliseconds or yyyy-MM-dd), got '2022-02-30'",
        () -> InputValues.localDate(field("2022-02-30"), "f", true));
    fails(
        "input field 'f': expected a date (epoch milliseconds or yyyy-MM-dd), got '99999999999999999999'",
        () -> InputValues.localDate(field("99999999999999999999"), "f", true));
  }

  @Test
  void dateTimesFromEpochMillisecondsOrIso() throws MalformedRequestException {
    Instant instant = Instant.parse("1997-07-16T18:20:30.450Z");
    assertEquals(instant, InputValues.instant(field("869077230450"), "f", true));
    assertEquals(instant, InputValues.instant(field("1997-07-16T19:20:30.45+01:00"), "f", true));
    assertEquals(instant, InputValues.instant(field("1997-07-16T18:20:30.45Z"), "f", true));
    assertNull(InputValues.instant(NONE, "f", false));

    assertEquals(
        instant.atOffset(ZoneOffset.UTC),
        InputValues.offsetDateTime(field("869077230450"), "f", true));
    assertEquals(
        OffsetDateTime.of(1997, 7, 16, 19, 20, 30, 450_000_000, ZoneOffset.ofHours(1)),
        InputValues.offsetDateTime(field("1997-07-16T19:20:30.45+01:00"), "f", true));
    assertNull(InputValues.offsetDateTime(NONE, "f", false));

    assertEquals(
        instant.atZone(ZoneOffset.UTC),
        InputValues.zonedDateTime(field("869077230450"), "f", true));
    assertEquals(
        ZonedDateTime.of(1997, 7, 16, 20, 20, 30, 450_000_000, ZoneId.of("Europe/Paris")),
        InputValues.zonedDateTime(field("1997-07-16T20:20:30.45+02:00[Europe/Paris]"), "f", true));
    assertNull(InputValues.zonedDateTime(NONE, "f", false));

    LocalDateTime utc = LocalDateTime.of(1997, 7, 16, 18, 20, 30, 450_000_000);
    assertEquals(utc, InputValues.localDateTime(field("869077230450"), "f", true));
    assertEquals(utc, InputValues.localDateTime(field("1997-07-16T19:20:30.45+01:00"), "f", true));
    assertEquals(utc, InputValues.localDateTime(field("1997-07-16T18:20:30.45"), "f", true));
    assertNull(InputValues.localDateTime(NONE, "f", false));

    String expected =
        "input field 'f': expected a date-time (epoch milliseconds or ISO-8601 with offset), got ";
    fails(
        expected + "'1997-07-16T18:20:30'",
        () -> InputValues.instant(field("1997-07-16T18:20:30"), "f", true));
    fails(
        expected + "'1997-07-16'",
        () -> InputValues.offsetDateTime(field("1997-07-16"), "f", true));
    fails(expected + "'yesterday'", () -> InputValues.zonedDateTime(field("yesterday"), "f", true));
    fails(
        expected + "'1997-13-16T18:20:30'",
        () -> InputValues.localDateTime(field("1997-13-16T18:20:30"), "f", true));
    fails(expected + "'1.5'", () -> InputValues.instant(field("1.5"), "f", true));
    fails(
        "input field 'f': required, expected a date-time (epoch milliseconds or ISO-8601 with offset), "
            + "but the request has no value",
        () -> InputValues.instant(NONE, "f", true));
  }

  @Test
  void aValueIsShownQuotedWithoutControlCharacters() {
    assertEquals("'short'", InputValues.shown("short"));
    assertEquals("'line?break?'", InputValues.shown("line\nbreak\u0000"));
  }

  @Test
  void aLongValueIsShownTruncated() {
    String value = "x".repeat(100_000);

    String message =
        assertThrows(
                MalformedRequestException.class,
                () -> InputValues.intValue(request(Map.of("amount", value)), "amount", true))
            .getMessage();

    assertEquals(
        "input field 'amount': expected a whole number from -2147483648 to 2147483647, got '"
            + "x".repeat(40)
            + "'... (100000 characters)",
        message);
  }
}
