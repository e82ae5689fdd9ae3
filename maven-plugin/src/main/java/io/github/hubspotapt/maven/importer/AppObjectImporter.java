package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.AppObjectConfig.ALLOWS_USER_CREATED_RECORDS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.DEFAULT_CREATE_FORM_FIELDS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_ENGAGEMENTS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_RECORD_PAGE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTIES;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PROPERTY_GROUPS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.SECONDARY_DISPLAY_LABEL_PROPERTIES;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.SETTINGS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.declaration.AppObjectConfig;
import io.github.hubspotapt.processor.declaration.FieldType;
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
      List.of(Map.of("label", "Yes", "value", "true"), Map.of("label", "No", "value", "false"));

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
    String label = property.nonEmptyString("label");
    String description = property.nonEmptyString("description");
    String formula = property.nonEmptyString("calculationFormula");
    Boolean unique = property.trueOnly("hasUniqueValue");
    Boolean readOnly = property.trueOnly("readOnlyValue");
    Boolean formField = property.trueOnly("formField");
    Boolean hidden = property.trueOnly("hidden");
    String group = property.nonEmptyString("groupName");
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
              .string("name", name, javaName)
              .string("label", label, name)
              .optionalString("description", description)
              .string("fieldType", control, type.defaultControl())
              .optionalString("groupName", group)
              .optionalBool("hasUniqueValue", unique)
              .optionalBool("readOnlyValue", readOnly)
              .optionalBool("formField", formField)
              .optionalBool("hidden", hidden)
              .optionalString("calculationFormula", formula)
              .build();
        });
  }
}
