package io.github.hubspotapt.runtime.action;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Builds an action's output fields, the one place that turns Java values into HubSpot's output
 * strings; the code generated for an {@link OutputWriter} calls one {@code put} per output record
 * component. A null value is left out. Numbers are written in plain decimal ({@code 1000000}, never
 * {@code 1.0E6}); dates and date-times as epoch milliseconds, HubSpot's form for date properties (a
 * date at midnight UTC), unverified for action outputs; multi-select values joined with {@code ;}.
 */
public final class OutputFields {

  private final Map<String, String> fields = new LinkedHashMap<>();

  /** No fields yet. */
  public OutputFields() {}

  /**
   * A text output.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, String value) {
    return putText(name, value);
  }

  /**
   * A boolean output, {@code true} or {@code false}.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, Boolean value) {
    return putText(name, value == null ? null : value.toString());
  }

  /**
   * A number output in plain decimal.
   *
   * @param name the output field's name
   * @param value the value, or null; a {@code double} or {@code float} must be finite
   * @return this
   * @throws IllegalArgumentException for NaN or an infinity, which HubSpot cannot store
   */
  public OutputFields put(String name, Number value) {
    return putText(name, value == null ? null : plain(value));
  }

  /**
   * A date output: epoch milliseconds at midnight UTC.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, LocalDate value) {
    return put(name, value == null ? null : value.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * A date-time output: epoch milliseconds.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, Instant value) {
    return putText(name, value == null ? null : Long.toString(value.toEpochMilli()));
  }

  /**
   * A date-time output: epoch milliseconds.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, OffsetDateTime value) {
    return put(name, value == null ? null : value.toInstant());
  }

  /**
   * A date-time output: epoch milliseconds.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, ZonedDateTime value) {
    return put(name, value == null ? null : value.toInstant());
  }

  /**
   * A date-time output, a wall-clock time in UTC (as {@link InputValues#localDateTime} reads one):
   * epoch milliseconds.
   *
   * @param name the output field's name
   * @param value the value, or null
   * @return this
   */
  public OutputFields put(String name, LocalDateTime value) {
    return put(name, value == null ? null : value.toInstant(ZoneOffset.UTC));
  }

  /**
   * An enumeration output: the constant's option value.
   *
   * @param name the output field's name
   * @param value the constant, or null
   * @param optionValues each constant's option value
   * @param <E> the enum
   * @return this
   */
  public <E extends Enum<E>> OutputFields put(String name, E value, Map<E, String> optionValues) {
    return putText(name, value == null ? null : optionValue(value, optionValues));
  }

  /**
   * A multi-select output: the constants' option values joined with {@code ;}.
   *
   * @param name the output field's name
   * @param values the constants, or null
   * @param optionValues each constant's option value
   * @param <E> the enum
   * @return this
   */
  public <E extends Enum<E>> OutputFields put(
      String name, Collection<E> values, Map<E, String> optionValues) {
    return putText(
        name,
        values == null
            ? null
            : values.stream()
                .map(value -> optionValue(value, optionValues))
                .collect(Collectors.joining(";")));
  }

  /**
   * A multi-select output of option values that are not an enum, joined with {@code ;}.
   *
   * @param name the output field's name
   * @param values the option values, or null
   * @return this
   */
  public OutputFields putAll(String name, Collection<String> values) {
    return putText(name, values == null ? null : String.join(";", values));
  }

  /** The fields, in the order put. */
  public Map<String, String> toMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  private OutputFields putText(String name, String text) {
    Objects.requireNonNull(name, "name");
    if (text != null) {
      fields.put(name, text);
    }
    return this;
  }

  private static String plain(Number value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof BigInteger
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return value.toString();
    }
    double number = value.doubleValue();
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new IllegalArgumentException("a number output must be finite, not " + number);
    }
    // Float's own decimal text, so that 0.1f is written 0.1 and not 0.100000001490116...
    return new BigDecimal(value instanceof Float ? value.toString() : Double.toString(number))
        .toPlainString();
  }

  private static <E extends Enum<E>> String optionValue(E value, Map<E, String> optionValues) {
    String option = optionValues.get(value);
    if (option == null) {
      throw new IllegalArgumentException("no option value for " + value.name());
    }
    return option;
  }
}
