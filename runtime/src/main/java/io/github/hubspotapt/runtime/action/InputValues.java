package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place that turns HubSpot's input values (strings) into Java values: the code generated
 * for a {@code @WorkflowAction} record calls one method per record component. How HubSpot encodes
 * dates and multi-selects in action requests is not documented; what is accepted here follows
 * HubSpot's general rules (epoch milliseconds at midnight UTC for dates, {@code ;} between checkbox
 * values) and the ISO forms HubSpot's APIs accept, so that a correction is made here only.
 *
 * <p>Every method takes the request, the input field's name and whether the field is required. A
 * value that is absent, JSON {@code null} or blank is missing: for a required field that is a
 * {@link MalformedRequestException}; for an optional one the result is {@code null}, {@code false}
 * or {@code 0} for primitives, and an empty collection for multi-selects. A value that does not
 * convert is a {@link MalformedRequestException} such as {@code input field 'amount': expected a
 * number, got 'abc'}, showing at most 40 characters of the value. Text is trimmed before it is
 * converted; a {@link #string string} is returned as sent.
 */
public final class InputValues {

  private static final int SHOWN_CHARACTERS = 40;
  private static final int SHOWN_OPTIONS = 10;

  /**
   * Longer than any number HubSpot stores; bounds the work a number can cause here and in the
   * handler.
   */
  private static final int MAX_NUMBER_LENGTH = 1000;

  private static final Pattern EPOCH_MILLIS = Pattern.compile("-?[0-9]{1,19}");
  private static final BigDecimal BYTE_MIN = BigDecimal.valueOf(Byte.MIN_VALUE);
  private static final BigDecimal BYTE_MAX = BigDecimal.valueOf(Byte.MAX_VALUE);
  private static final BigDecimal SHORT_MIN = BigDecimal.valueOf(Short.MIN_VALUE);
  private static final BigDecimal SHORT_MAX = BigDecimal.valueOf(Short.MAX_VALUE);
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static final String NUMBER = "a number";
  private static final String BOOLEAN = "true or false";
  private static final String DATE = "a date (epoch milliseconds or yyyy-MM-dd)";
  private static final String DATE_TIME =
      "a date-time (epoch milliseconds or ISO-8601 with offset)";

  private InputValues() {}

  /**
   * Turns trimmed, non-blank text into a value, or throws one of the exceptions {@link #convert}
   * catches.
   */
  @FunctionalInterface
  private interface Conversion<T> {
    T convert(String text);
  }

  /**
   * A text input.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value as sent, or null when missing
   * @throws MalformedRequestException when a required value is missing
   */
  public static String string(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    String value = request.inputField(name);
    if (isMissing(value)) {
      return missing(name, required, () -> "a text");
    }
    return value;
  }

  /**
   * A boolean input into a {@code boolean}: {@code true} or {@code false} in any letter case.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; false when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a
   *     boolean
   */
  public static boolean booleanValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return Boolean.TRUE.equals(boxedBoolean(request, name, required));
  }

  /**
   * A boolean input into a {@code Boolean}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a
   *     boolean
   */
  public static Boolean boxedBoolean(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        BOOLEAN,
        text -> {
          if (text.equalsIgnoreCase("true")) {
            return true;
          }
          if (text.equalsIgnoreCase("false")) {
            return false;
          }
          throw new IllegalArgumentException();
        });
  }

  /**
   * A number input into a {@code byte}: a whole number in the range of {@code byte}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; 0 when missing
   * @throws MalformedRequestException when a required value is missing or the value is not such a
   *     number
   */
  public static byte byteValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    Byte value = boxedByte(request, name, required);
    return value == null ? 0 : value;
  }

  /**
   * A number input into a {@code Byte}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a whole
   *     number in range
   */
  public static Byte boxedByte(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        () -> wholeNumber(BYTE_MIN, BYTE_MAX),
        text -> (byte) wholeNumber(text, BYTE_MIN, BYTE_MAX));
  }

  /**
   * A number input into a {@code short}: a whole number in the range of {@code short}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; 0 when missing
   * @throws MalformedRequestException when a required value is missing or the value is not such a
   *     number
   */
  public static short shortValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    Short value = boxedShort(request, name, required);
    return value == null ? 0 : value;
  }

  /**
   * A number input into a {@code Short}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a whole
   *     number in range
   */
  public static Short boxedShort(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        () -> wholeNumber(SHORT_MIN, SHORT_MAX),
        text -> (short) wholeNumber(text, SHORT_MIN, SHORT_MAX));
  }

  /**
   * A number input into an {@code int}: a whole number ({@code 12} or {@code 12.0}) in the range of
   * {@code int}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; 0 when missing
   * @throws MalformedRequestException when a required value is missing or the value is not such a
   *     number
   */
  public static int intValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    Integer value = boxedInt(request, name, required);
    return value == null ? 0 : value;
  }

  /**
   * A number input into an {@code Integer}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a whole
   *     number in range
   */
  public static Integer boxedInt(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        () -> wholeNumber(INT_MIN, INT_MAX),
        text -> (int) wholeNumber(text, INT_MIN, INT_MAX));
  }

  /**
   * A number input into a {@code long}: a whole number in the range of {@code long}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; 0 when missing
   * @throws MalformedRequestException when a required value is missing or the value is not such a
   *     number
   */
  public static long longValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    Long value = boxedLong(request, name, required);
    return value == null ? 0L : value;
  }

  /**
   * A number input into a {@code Long}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a whole
   *     number in range
   */
  public static Long boxedLong(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        () -> wholeNumber(LONG_MIN, LONG_MAX),
        text -> wholeNumber(text, LONG_MIN, LONG_MAX));
  }

  /**
   * A number input into a {@code double}: a decimal number ({@code -1.5}, {@code 2e3}) within the
   * range of {@code double}; {@code NaN}, {@code Infinity} and hexadecimal forms are not numbers
   * HubSpot sends.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; 0 when missing
   * @throws MalformedRequestException when a required value is missing or the value is not such a
   *     number
   */
  public static double doubleValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    Double value = boxedDouble(request, name, required);
    return value == null ? 0d : value;
  }

  /**
   * A number input into a {@code Double}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a number
   *     in range
   */
  public static Double boxedDouble(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(request, name, required, NUMBER, text -> finite(decimal(text).doubleValue()));
  }

  /**
   * A number input into a {@code float}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value; 0 when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a number
   *     in range
   */
  public static float floatValue(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    Float value = boxedFloat(request, name, required);
    return value == null ? 0f : value;
  }

  /**
   * A number input into a {@code Float}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a number
   *     in range
   */
  public static Float boxedFloat(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request, name, required, NUMBER, text -> (float) finite(decimal(text).floatValue()));
  }

  /**
   * A number input into a {@code BigDecimal}, exactly as sent ({@code 12.50} keeps its scale).
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a number
   */
  public static BigDecimal bigDecimal(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(request, name, required, NUMBER, InputValues::decimal);
  }

  /**
   * A number input into a {@code BigInteger}: a whole number ({@code 12} or {@code 12.0}).
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the value, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a whole
   *     number
   */
  public static BigInteger bigInteger(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request, name, required, "a whole number", text -> decimal(text).toBigIntegerExact());
  }

  /**
   * An enumeration input (select, radio) into an enum constant, by the option's value: the
   * generated code passes each option value with its constant, since an option's value may differ
   * from the constant's name.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @param byOptionValue each option value with its constant
   * @param <E> the enum
   * @return the constant, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is no option's
   */
  public static <E extends Enum<E>> E enumValue(
      ExecutionRequest request, String name, boolean required, Map<String, E> byOptionValue)
      throws MalformedRequestException {
    return convert(
        request, name, required, () -> oneOf(byOptionValue), text -> option(text, byOptionValue));
  }

  /**
   * A multi-select input (checkbox) into a list of enum constants, in the order sent. HubSpot
   * separates checkbox values with {@code ;}; a JSON array of option values ({@code ["a","b"]}) is
   * read too, in case action requests carry them that way.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @param byOptionValue each option value with its constant
   * @param <E> the enum
   * @return the constants; empty when missing
   * @throws MalformedRequestException when a required value is missing or a value is no option's
   */
  public static <E extends Enum<E>> List<E> enumList(
      ExecutionRequest request, String name, boolean required, Map<String, E> byOptionValue)
      throws MalformedRequestException {
    return multiSelect(
        request,
        name,
        required,
        () -> "option values separated by ';', each " + oneOf(byOptionValue),
        value -> option(value, byOptionValue));
  }

  /**
   * A multi-select input into a set of enum constants, in the order first sent; see {@link
   * #enumList}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @param byOptionValue each option value with its constant
   * @param <E> the enum
   * @return the constants; empty when missing
   * @throws MalformedRequestException when a required value is missing or a value is no option's
   */
  public static <E extends Enum<E>> Set<E> enumSet(
      ExecutionRequest request, String name, boolean required, Map<String, E> byOptionValue)
      throws MalformedRequestException {
    return Collections.unmodifiableSet(
        new LinkedHashSet<>(enumList(request, name, required, byOptionValue)));
  }

  /**
   * A multi-select input whose options are not an enum (options fetched from an {@code optionsUrl})
   * into its option values, in the order sent; see {@link #enumList} for the forms read.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the option values; empty when missing
   * @throws MalformedRequestException when a required value is missing or a JSON array is malformed
   */
  public static List<String> stringList(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return multiSelect(
        request, name, required, () -> "option values separated by ';'", value -> value);
  }

  /**
   * A multi-select input whose options are not an enum into a set of option values, in the order
   * first sent.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the option values; empty when missing
   * @throws MalformedRequestException when a required value is missing or a JSON array is malformed
   */
  public static Set<String> stringSet(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return Collections.unmodifiableSet(new LinkedHashSet<>(stringList(request, name, required)));
  }

  /**
   * A date input: epoch milliseconds (HubSpot's form for dates: midnight UTC; any other time of day
   * gives that instant's UTC date) or {@code yyyy-MM-dd}.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the date, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a date
   */
  public static LocalDate localDate(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        DATE,
        text ->
            isEpochMillis(text)
                ? epochMillis(text).atOffset(ZoneOffset.UTC).toLocalDate()
                : LocalDate.parse(text));
  }

  /**
   * A date-time input into an {@code Instant}: epoch milliseconds or ISO-8601 with an offset
   * ({@code 2026-03-01T09:30:00Z}, {@code 2026-03-01T10:30:00+01:00}).
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the instant, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a
   *     date-time
   */
  public static Instant instant(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        DATE_TIME,
        text ->
            isEpochMillis(text)
                ? epochMillis(text)
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
  }

  /**
   * A date-time input into an {@code OffsetDateTime}: epoch milliseconds (at offset UTC) or
   * ISO-8601 with an offset (kept).
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the date-time, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a
   *     date-time
   */
  public static OffsetDateTime offsetDateTime(
      ExecutionRequest request, String name, boolean required) throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        DATE_TIME,
        text ->
            isEpochMillis(text)
                ? epochMillis(text).atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(text));
  }

  /**
   * A date-time input into a {@code ZonedDateTime}: epoch milliseconds (in UTC) or ISO-8601 with an
   * offset and optionally a zone ({@code 2026-03-01T10:30:00+01:00[Europe/Paris]}).
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the date-time, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a
   *     date-time
   */
  public static ZonedDateTime zonedDateTime(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        DATE_TIME,
        text ->
            isEpochMillis(text)
                ? epochMillis(text).atZone(ZoneOffset.UTC)
                : ZonedDateTime.parse(text));
  }

  /**
   * A date-time input into a {@code LocalDateTime}, in UTC: epoch milliseconds or ISO-8601 with an
   * offset, both taken to UTC's wall-clock time, or ISO-8601 without an offset, taken as it is.
   *
   * @param request the request
   * @param name the input field's name
   * @param required whether the field is required
   * @return the date-time, or null when missing
   * @throws MalformedRequestException when a required value is missing or the value is not a
   *     date-time
   */
  public static LocalDateTime localDateTime(ExecutionRequest request, String name, boolean required)
      throws MalformedRequestException {
    return convert(
        request,
        name,
        required,
        DATE_TIME,
        text -> {
          if (isEpochMillis(text)) {
            return LocalDateTime.ofInstant(epochMillis(text), ZoneOffset.UTC);
          }
          try {
            return LocalDateTime.parse(text);
          } catch (DateTimeException withoutOffset) {
            return OffsetDateTime.parse(text)
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
          }
        });
  }

  private static <T> T convert(
      ExecutionRequest request,
      String name,
      boolean required,
      String expected,
      Conversion<T> conversion)
      throws MalformedRequestException {
    return convert(request, name, required, () -> expected, conversion);
  }

  /**
   * The description of what is expected is built only for a message: for option lists it sorts and
   * joins.
   */
  private static <T> T convert(
      ExecutionRequest request,
      String name,
      boolean required,
      Supplier<String> expected,
      Conversion<T> conversion)
      throws MalformedRequestException {
    String value = request.inputField(name);
    if (isMissing(value)) {
      return missing(name, required, expected);
    }
    try {
      return conversion.convert(value.strip());
    } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
      // The cause is left out: a parser's message quotes the whole value.
      throw new MalformedRequestException(
          "input field '" + name + "': expected " + expected.get() + ", got " + shown(value));
    }
  }

  /** A multi-select: no option value at all ({@code ;}, {@code []}) is missing too. */
  private static <T> List<T> multiSelect(
      ExecutionRequest request,
      String name,
      boolean required,
      Supplier<String> expected,
      Conversion<T> option)
      throws MalformedRequestException {
    List<T> values =
        convert(
            request,
            name,
            required,
            expected,
            text ->
                optionValues(text).stream()
                    .map(option::convert)
                    .collect(Collectors.toUnmodifiableList()));
    if (values != null && !values.isEmpty()) {
      return values;
    }
    missing(name, required, expected);
    return List.of();
  }

  private static boolean isMissing(String value) {
    return value == null || value.isBlank();
  }

  @SuppressWarnings("TypeParameterUnusedInFormals") // null, of whichever type the caller returns
  private static <T> T missing(String name, boolean required, Supplier<String> expected)
      throws MalformedRequestException {
    if (required) {
      throw new MalformedRequestException(
          "input field '"
              + name
              + "': required, expected "
              + expected.get()
              + ", but the request has no value");
    }
    return null;
  }

  /**
   * A value as a message shows it: quoted, at most {@value #SHOWN_CHARACTERS} characters, no
   * control characters.
   */
  static String shown(String value) {
    String head = value.length() <= SHOWN_CHARACTERS ? value : value.substring(0, SHOWN_CHARACTERS);
    StringBuilder shown = new StringBuilder("'");
    head.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    shown.append('\'');
    if (head.length() < value.length()) {
      shown.append("... (").append(value.length()).append(" characters)");
    }
    return shown.toString();
  }

  private static BigDecimal decimal(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new NumberFormatException();
    }
    BigDecimal value = new BigDecimal(text);
    // An exponent like 1e999999999 is no number HubSpot stores, and would make toBigInteger build a
    // huge number.
    if (Math.abs(value.scale()) > MAX_NUMBER_LENGTH) {
      throw new NumberFormatException();
    }
    return value;
  }

  private static long wholeNumber(String text, BigDecimal min, BigDecimal max) {
    BigDecimal value = decimal(text);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new ArithmeticException();
    }
    return value.longValueExact();
  }

  private static String wholeNumber(BigDecimal min, BigDecimal max) {
    return "a whole number from " + min + " to " + max;
  }

  private static double finite(double value) {
    if (Double.isInfinite(value)) {
      throw new ArithmeticException();
    }
    return value;
  }

  private static <E> E option(String value, Map<String, E> byOptionValue) {
    E constant = byOptionValue.get(value);
    if (constant == null) {
      throw new IllegalArgumentException();
    }
    return constant;
  }

  private static String oneOf(Map<String, ?> byOptionValue) {
    // Sorted, so that a message does not depend on the map the generated code passes.
    String shown =
        byOptionValue.keySet().stream()
            .sorted()
            .limit(SHOWN_OPTIONS)
            .map(InputValues::shown)
            .collect(Collectors.joining(", "));
    return "one of " + shown + (byOptionValue.size() > SHOWN_OPTIONS ? ", ..." : "");
  }

  /**
   * A multi-select's option values: a JSON array of strings or numbers, or values separated by
   * {@code ;}.
   */
  private static List<String> optionValues(String text) {
    List<String> values = new ArrayList<>();
    if (text.startsWith("[")) {
      try {
        JsonBody.read(
            text,
            "value",
            json -> {
              json.array(
                  "value",
                  element -> {
                    if (!element.isScalar()) {
                      throw new IllegalArgumentException();
                    }
                    values.add(element.anyAsText());
                    return null;
                  });
              return null;
            });
      } catch (MalformedRequestException e) {
        throw new IllegalArgumentException(e);
      }
    } else {
      for (String value : text.split(";")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    return values;
  }

  private static boolean isEpochMillis(String text) {
    return EPOCH_MILLIS.matcher(text).matches();
  }

  private static Instant epochMillis(String text) {
    return Instant.ofEpochMilli(Long.parseLong(text));
  }
}
