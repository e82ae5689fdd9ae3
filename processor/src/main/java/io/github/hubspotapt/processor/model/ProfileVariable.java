package io.github.hubspotapt.processor.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * One variable of a {@link Profile}: its name, the JSON type it is given and its value as text.
 * From a {@code @Variable}, {@code kind} is the declared type and {@code text} the value as
 * written, which may not fit the type; from a file, the JSON value's own kind and text.
 */
public record ProfileVariable(Located<String> name, Kind kind, Located<String> text) {

  /** The JSON types of a value: HubSpot allows the first three. */
  public enum Kind {
    STRING,
    NUMBER,
    BOOLEAN,
    OTHER
  }

  /** JSON's number grammar, which is what a NUMBER value is written as. */
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /**
   * Whether {@code text} is a number as JSON writes it, e.g. {@code 10}, {@code -2.5} or {@code
   * 1e3}.
   */
  public static boolean isJsonNumber(String text) {
    return JSON_NUMBER.matcher(text).matches();
  }

  /**
   * The value with its type ({@code String}, {@code BigDecimal} or {@code Boolean}); null when the
   * text does not fit.
   */
  public Object typed() {
    String value = text.value();
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case STRING -> value;
      case NUMBER -> isJsonNumber(value) ? new BigDecimal(value) : null;
      case BOOLEAN ->
          (value.equals("true") || value.equals("false")) ? Boolean.valueOf(value) : null;
      case OTHER -> null;
    };
  }

  /**
   * The value as HubSpot's CLI puts it into a longer string: JavaScript's {@code String(value)}.
   */
  public String asText() {
    Object typed = typed();
    if (typed instanceof BigDecimal number) {
      BigDecimal plain = number.stripTrailingZeros();
      return plain.scale() <= 0 ? plain.toBigInteger().toString() : plain.toPlainString();
    }
    return String.valueOf(typed);
  }
}
