package io.github.hubspotapt.processor.endpoints;

import java.util.Map;

/**
 * Which conversion of the run-time {@code InputValues} reads an input field of each Java type:
 * HubSpot sends every input value as a string, and the run time converts it in one place. Enums and
 * collections of enums are read by option value, through a map the generated code holds; a type
 * missing here is one HubSpot has no field type for, which HS-FIELD-TYPE already refuses.
 */
final class ActionInputs {

  private static final Map<String, String> BY_TYPE =
      Map.ofEntries(
          Map.entry("java.lang.String", "string"),
          Map.entry("java.lang.CharSequence", "string"),
          Map.entry("byte", "byteValue"),
          Map.entry("java.lang.Byte", "boxedByte"),
          Map.entry("short", "shortValue"),
          Map.entry("java.lang.Short", "boxedShort"),
          Map.entry("boolean", "booleanValue"),
          Map.entry("java.lang.Boolean", "boxedBoolean"),
          Map.entry("int", "intValue"),
          Map.entry("java.lang.Integer", "boxedInt"),
          Map.entry("long", "longValue"),
          Map.entry("java.lang.Long", "boxedLong"),
          Map.entry("double", "doubleValue"),
          Map.entry("java.lang.Double", "boxedDouble"),
          Map.entry("float", "floatValue"),
          Map.entry("java.lang.Float", "boxedFloat"),
          Map.entry("java.math.BigDecimal", "bigDecimal"),
          Map.entry("java.math.BigInteger", "bigInteger"),
          Map.entry("java.time.LocalDate", "localDate"),
          Map.entry("java.time.Instant", "instant"),
          Map.entry("java.time.OffsetDateTime", "offsetDateTime"),
          Map.entry("java.time.ZonedDateTime", "zonedDateTime"),
          Map.entry("java.time.LocalDateTime", "localDateTime"));

  static final String ENUM = "enumValue";
  static final String ENUM_LIST = "enumList";
  static final String ENUM_SET = "enumSet";

  private ActionInputs() {}

  /**
   * The conversion for a field of {@code type}, as javac prints it; null for an enum or an
   * unsupported type.
   */
  static String conversion(String type) {
    return BY_TYPE.get(type);
  }
}
