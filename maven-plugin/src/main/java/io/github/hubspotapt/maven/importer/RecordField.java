package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;

/**
 * One field of a record a component is made of (an app event's properties, an app object's): its
 * Java name (the JSON name when it is a Java name, else a camel-case one with the JSON name in the
 * annotation), its Java type from {@link FieldTypes}, and its options' enum nested in the record.
 */
final class RecordField {

  private RecordField() {}

  /**
   * The Java name of a field HubSpot names {@code name}: camel case ({@code is_new} is {@code
   * isNew}).
   */
  static String javaName(String name) {
    return JavaNames.memberName(String.valueOf(name));
  }

  /**
   * Adds the component to {@code constructor} and the options' enum to {@code record}.
   *
   * @return the field's Java type facts, or empty when its type cannot be written (already refused)
   */
  static Optional<FieldTypes.JavaField> add(
      JsonFields field,
      ClassName recordName,
      TypeSpec.Builder record,
      MethodSpec.Builder constructor,
      OptionEnum.Members members,
      AnnotationFor annotation) {
    String name = field.string("name");
    String javaName = javaName(name);
    String control = field.nonEmptyString("fieldType");
    Optional<FieldTypes.JavaField> java =
        FieldTypes.read(field, field.string("type"), control, recordName, javaName, members);
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
    AnnotationSpec of(String name, String javaName, FieldTypes.JavaField type, String control);
  }
}
