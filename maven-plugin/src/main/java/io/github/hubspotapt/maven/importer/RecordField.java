package io.github.hubspotapt.maven.importer;

import static java.util.stream.Collectors.joining;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.declaration.FieldType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One field of a record a component is made of (an app event's properties, an app object's): its
 * Java name (the JSON name when it is a Java name, else a camel-case one with the JSON name in the
 * annotation), its Java type from {@link #javaType}, and its options' enum nested in the record.
 */
final class RecordField {

  /**
   * The Java type of one field, and the field control the processor derives from it (an explicit
   * one is written only when it differs).
   *
   * @param javaType the record component's type
   * @param defaultControl the {@code fieldType} the processor writes without one
   * @param options the enum of the options, when there is one
   */
  record JavaType(TypeName javaType, String defaultControl, Optional<TypeSpec> options) {}

  private RecordField() {}

  /**
   * HubSpot's field {@code type} (with its {@code fieldType} control) as the Java type that the
   * processor turns back into it, by the processor's own table ({@link FieldType}): its first Java
   * type, or for an {@code enumeration} an enum of its options (a Set of it for a multi-select).
   *
   * @param fields the object with {@code type}, {@code fieldType} and {@code options}
   * @param owner the record the field's enum is nested in
   * @param name the field's Java name
   * @param members which {@code @Option} members this component type writes
   * @return empty when the type is not one the processor writes (refused at {@code type})
   */
  static Optional<JavaType> javaType(
      JsonFields fields,
      String type,
      String control,
      ClassName owner,
      String name,
      OptionEnum.Members members) {
    if (type == null) {
      return Optional.empty();
    }
    Optional<FieldType> known = FieldType.of(type);
    if (known.isEmpty()) {
      fields.refuse(
          "type",
          "field type \""
              + type
              + "\" is none that a Java type gives ("
              + Arrays.stream(FieldType.values()).map(FieldType::json).collect(joining(", "))
              + ")");
      return Optional.empty();
    }
    if (known.get() == FieldType.ENUMERATION) {
      ClassName enumName = owner.nestedClass(JavaNames.typeName(name, ""));
      TypeSpec options = OptionEnum.of(enumName, fields.objects("options"), members);
      boolean multiple = FieldType.MULTIPLE_CONTROL.equals(control);
      TypeName javaType =
          multiple
              ? ParameterizedTypeName.get(ClassName.get("java.util", "Set"), enumName)
              : enumName;
      return Optional.of(
          new JavaType(
              javaType,
              multiple ? FieldType.MULTIPLE_CONTROL : FieldType.ENUMERATION.control(),
              Optional.of(options)));
    }
    String java = known.get().importedJavaType().orElseThrow();
    TypeName javaType =
        java.equals(TypeName.BOOLEAN.toString()) ? TypeName.BOOLEAN : ClassName.bestGuess(java);
    return Optional.of(new JavaType(javaType, known.get().control(), Optional.empty()));
  }

  /**
   * The Java name of a field HubSpot names {@code name}: camel case ({@code is_new} is {@code
   * isNew}).
   */
  static String javaName(String name) {
    return JavaNames.memberName(String.valueOf(name));
  }

  /**
   * The Java name of a field HubSpot names {@code name} among the components {@code constructor}
   * already has: {@link #javaName}, with 2, 3, ... appended where one has it already, since two
   * HubSpot names can give one Java name ({@code first-name} and {@code first_name}, {@code Model}
   * and {@code model}). The field's annotation keeps its HubSpot name.
   */
  static String unusedJavaName(String name, MethodSpec.Builder constructor) {
    Set<String> taken = new HashSet<>();
    for (ParameterSpec component : constructor.build().parameters()) {
      taken.add(component.name());
    }
    return JavaNames.free(javaName(name), "", taken);
  }

  /**
   * Adds the component to {@code constructor} and the options' enum to {@code record}.
   *
   * @return the field's Java type facts, or empty when its type cannot be written (already refused)
   */
  static Optional<JavaType> add(
      JsonFields field,
      ClassName recordName,
      TypeSpec.Builder record,
      MethodSpec.Builder constructor,
      OptionEnum.Members members,
      AnnotationFor annotation) {
    String name = field.string("name");
    String javaName = unusedJavaName(name, constructor);
    String control = field.nonEmptyString("fieldType");
    Optional<JavaType> java =
        javaType(field, field.string("type"), control, recordName, javaName, members);
    java.ifPresent(
        type -> {
          type.options().ifPresent(record::addType);
          constructor.addParameter(
              ParameterSpec.builder(type.javaType(), javaName)
                  .addAnnotation(annotation.of(name, javaName, type, control))
                  .build());
        });
    return java;
  }

  /** The field's annotation, from what {@link #add} read. */
  interface AnnotationFor {
    AnnotationSpec of(String name, String javaName, JavaType type, String control);
  }
}
