package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.AppObjectConfig.ALLOWS_USER_CREATED_RECORDS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.CALCULATION_FORMULA;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.DEFAULT_CREATE_FORM_FIELDS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.FORM_FIELD;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_ENGAGEMENTS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_RECORD_PAGE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_UNIQUE_VALUE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HIDDEN;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTIES;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_DESCRIPTION;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_FIELD_TYPE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_GROUP;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_GROUPS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_LABEL;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_NAME;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.READ_ONLY_VALUE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.SECONDARY_DISPLAY_LABEL_PROPERTIES;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.SETTINGS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.declaration.AppObjectConfig;
import io.github.hubspotapt.processor.declaration.FieldType;
import io.github.hubspotapt.processor.declaration.OptionConfig;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code app-object}: a record with {@code @AppObject} (with {@code @PropertyGroup}s and
 * {@code @CreateFormField}s), written back by {@link AppObjectConfig}, whose components are its
 * properties ({@code @ObjectProperty}): code, as a property's defaults depend on its field. A bool
 * property's Yes/No options are the ones the processor writes itself.
 */
final class AppObjectImporter implements ComponentImporter {

  private static final List<Map<String, Object>> BOOL_OPTIONS =
      List.of(
          Map.of(OptionConfig.LABEL.key(), "Yes", OptionConfig.VALUE.key(), "true"),
          Map.of(OptionConfig.LABEL.key(), "No", OptionConfig.VALUE.key(), "false"));

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    ClassName recordName = context.newType(JavaNames.typeName(file.uid(), "Object"));
    context.appObject(file.uid(), recordName);
    DeclaredMembers members = DeclaredMembers.of(AppObjectConfig.DECLARATION, file, context);
    members.through(SECONDARY_DISPLAY_LABEL_PROPERTIES);
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(recordName)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Imported from {@code $L}: the object's properties.\n", file.path());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (JsonFields property : config.objects(PROPERTIES)) {
      property(property, recordName, record, constructor);
    }
    members.add(PROPERTY_GROUPS).add(DEFAULT_CREATE_FORM_FIELDS);
    config
        .object(SETTINGS)
        .ifPresent(
            settings ->
                members
                    .in(settings)
                    .add(HAS_RECORD_PAGE)
                    .add(ALLOWS_USER_CREATED_RECORDS)
                    .add(HAS_ENGAGEMENTS));
    context.add(
        record
            .recordConstructor(constructor.build())
            .addAnnotation(members.annotation().build())
            .build());
  }

  private static void property(
      JsonFields property,
      ClassName recordName,
      TypeSpec.Builder record,
      MethodSpec.Builder constructor) {
    // Read before the field, in this order, as the refusals of the values follow it.
    String label = property.nonEmptyString(PROPERTY_LABEL.key());
    String description = property.nonEmptyString(PROPERTY_DESCRIPTION.key());
    String formula = property.nonEmptyString(CALCULATION_FORMULA.key());
    Boolean unique = property.trueOnly(HAS_UNIQUE_VALUE.key());
    Boolean readOnly = property.trueOnly(READ_ONLY_VALUE.key());
    Boolean formField = property.trueOnly(FORM_FIELD.key());
    Boolean hidden = property.trueOnly(HIDDEN.key());
    String group = property.nonEmptyString(PROPERTY_GROUP.key());
    if (FieldType.BOOL.json().equals(property.raw("type"))) {
      Object options = property.raw("options");
      if (options != null && !BOOL_OPTIONS.equals(options)) {
        property.refuse(
            "options",
            "the processor writes a bool property's options as Yes (true) and No (false)");
      }
    }
    RecordField.add(
        property,
        recordName,
        record,
        constructor,
        OptionEnum.Members.WITH_HIDDEN,
        (name, javaName, type, control) -> {
          return Annotation.of("ObjectProperty")
              .string(PROPERTY_NAME.member(), name, javaName)
              .string(PROPERTY_LABEL.member(), label, name)
              .optionalString(PROPERTY_DESCRIPTION.member(), description)
              .string(PROPERTY_FIELD_TYPE.member(), control, type.defaultControl())
              .optionalString(PROPERTY_GROUP.member(), group)
              .optionalBool(HAS_UNIQUE_VALUE.member(), unique)
              .optionalBool(READ_ONLY_VALUE.member(), readOnly)
              .optionalBool(FORM_FIELD.member(), formField)
              .optionalBool(HIDDEN.member(), hidden)
              .optionalString(CALCULATION_FORMULA.member(), formula)
              .build();
        });
  }
}
