package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;

/**
 * HubSpot's field {@code type} (with its {@code fieldType} control) as the Java type that the
 * processor turns back into it: {@code string} String, {@code number} BigDecimal, {@code bool}
 * boolean, {@code date} LocalDate, {@code datetime} Instant, {@code enumeration} an enum of its
 * options (a Set of it for a {@code checkbox}).
 */
final class FieldTypes {

  /**
   * The Java type of one field, and the field control the processor derives from it (an explicit
   * one is written only when it differs).
   *
   * @param javaType the record component's type
   * @param defaultControl the {@code fieldType} the processor writes without one
   * @param options the enum of the options, when there is one
   */
  record JavaField(TypeName javaType, String defaultControl, Optional<TypeSpec> options) {}

  private FieldTypes() {}

  /**
   * @param fields the object with {@code type}, {@code fieldType} and {@code options}
   * @param owner the record the field's enum is nested in
   * @param name the field's Java name
   * @param members which {@code @Option} members this component type writes
   * @return empty when the type is not one the processor writes (refused at {@code type})
   */
  static Optional<JavaField> read(
      JsonFields fields,
      String type,
      String control,
      ClassName owner,
      String name,
      OptionEnum.Members members) {
    if (type == null) {
      return Optional.empty();
    }
    switch (type) {
      case "string" -> {
        return Optional.of(new JavaField(ClassName.get(String.class), "text", Optional.empty()));
      }
      case "number" -> {
        return Optional.of(
            new JavaField(ClassName.get("java.math", "BigDecimal"), "number", Optional.empty()));
      }
      case "bool" -> {
        return Optional.of(new JavaField(TypeName.BOOLEAN, "booleancheckbox", Optional.empty()));
      }
      case "date" -> {
        return Optional.of(
            new JavaField(ClassName.get("java.time", "LocalDate"), "date", Optional.empty()));
      }
      case "datetime" -> {
        return Optional.of(
            new JavaField(ClassName.get("java.time", "Instant"), "date", Optional.empty()));
      }
      case "enumeration" -> {
        ClassName enumName = owner.nestedClass(JavaNames.typeName(name, ""));
        TypeSpec options = OptionEnum.of(enumName, fields.objects("options"), members);
        boolean multiple = "checkbox".equals(control);
        TypeName javaType =
            multiple
                ? ParameterizedTypeName.get(ClassName.get("java.util", "Set"), enumName)
                : enumName;
        return Optional.of(
            new JavaField(javaType, multiple ? "checkbox" : "select", Optional.of(options)));
      }
      default -> {
        fields.refuse(
            "type",
            "field type \""
                + type
                + "\" is none that a Java type gives ("
                + String.join(
                    ", ", List.of("string", "number", "bool", "date", "datetime", "enumeration"))
                + ")");
        return Optional.empty();
      }
    }
  }
}
