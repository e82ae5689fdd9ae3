package io.github.hubspotapt.processor.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
   * The value as HubSpot's CLI puts it into a longer string: it reads the profile file with {@code
   * JSON.parse}, so a number becomes a double, and interpolates {@code String(value)}.
   */
  public String asText() {
    Object typed = typed();
    if (typed instanceof BigDecimal number) {
      return javaScriptString(number.doubleValue());
    }
    return String.valueOf(typed);
  }

  /**
   * JavaScript's {@code Number.prototype.toString()} (ECMA-262, Number::toString): the fewest
   * digits that read back as the same double (the nearest such, where several are as short), as a
   * plain decimal from 1e-6 up to 1e21, else in exponent form ({@code 1e-7}, {@code 1.5e+21}).
   * Java's own {@code Double.toString} differs in form, and on JDK 17 not always gives the fewest
   * digits.
   */
  static String javaScriptString(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == 0) {
      return "0"; // -0 too
    }
    if (value < 0) {
      return "-" + javaScriptString(-value);
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        shortest = rounded;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // the value is 0.digits times 10^n
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    String exponent = (n - 1 < 0 ? "-" : "+") + Math.abs(n - 1);
    return (k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1)) + "e" + exponent;
  }
}
