package io.github.hubspotapt.processor.declaration;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * HubSpot's field types that a Java type gives, each with the control it gets by default and the
 * Java types that give it: one table for the processor, which reads a field's Java type into its
 * field type, and the import, which writes a field type back as its first Java type. Besides the
 * table, primitives other than {@code char} give {@link #NUMBER} ({@code boolean} {@link #BOOL}),
 * an enum {@link #ENUMERATION} and a collection of one a multi-select {@link #ENUMERATION}.
 */
public enum FieldType {
  STRING("string", "text", "java.lang.String", "java.lang.CharSequence"),
  NUMBER(
      "number",
      "number",
      "java.math.BigDecimal",
      "java.lang.Byte",
      "java.lang.Short",
      "java.lang.Integer",
      "java.lang.Long",
      "java.lang.Float",
      "java.lang.Double",
      "java.math.BigInteger"),
  BOOL("bool", "booleancheckbox", "boolean", "java.lang.Boolean"),
  DATE("date", "date", "java.time.LocalDate"),
  DATETIME(
      "datetime",
      "date",
      "java.time.Instant",
      "java.time.LocalDateTime",
      "java.time.OffsetDateTime",
      "java.time.ZonedDateTime"),
  /** An enum's options, or a collection's of an enum; the enum is the field's own. */
  ENUMERATION("enumeration", "select");

  /** The control of a multi-select enumeration, a collection of an enum. */
  public static final String MULTIPLE_CONTROL = "checkbox";

  private final String json;
  private final String control;
  private final List<String> javaTypes;

  FieldType(String json, String control, String... javaTypes) {
    this.json = json;
    this.control = control;
    this.javaTypes = List.of(javaTypes);
  }

  /** HubSpot's {@code type} value. */
  public String json() {
    return json;
  }

  /** The {@code fieldType} the processor writes when the source names none. */
  public String control() {
    return control;
  }

  /**
   * The Java type the import writes for it ({@code boolean} a primitive, the others qualified
   * names); empty for {@link #ENUMERATION}, whose enum the import writes.
   */
  public Optional<String> importedJavaType() {
    return javaTypes.stream().findFirst();
  }

  /** The field type of the declared Java type {@code qualifiedName}, when the table has it. */
  public static Optional<FieldType> ofJavaType(String qualifiedName) {
    return Arrays.stream(values()).filter(t -> t.javaTypes.contains(qualifiedName)).findFirst();
  }

  /** The field type whose HubSpot value is {@code json}. */
  public static Optional<FieldType> of(String json) {
    return Arrays.stream(values()).filter(t -> t.json.equals(json)).findFirst();
  }
}
