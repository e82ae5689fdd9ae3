package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * {@code app-object}: a record with {@code @AppObject} (with {@code @PropertyGroup}s and
 * {@code @CreateFormField}s) whose components are its properties ({@code @ObjectProperty}). A bool
 * property's Yes/No options are the ones the processor writes itself.
 */
final class AppObjectImporter implements ComponentImporter {

  private static final List<Map<String, Object>> BOOL_OPTIONS =
      List.of(Map.of("label", "Yes", "value", "true"), Map.of("label", "No", "value", "false"));

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    ClassName recordName = context.newType(JavaNames.typeName(file.uid(), "Object"));
    context.appObject(file.uid(), recordName);
    Annotation object =
        ComponentAnnotation.of("AppObject", file, context.vocabulary())
            .string("name", config.string("name"))
            .string("description", config.string("description"))
            .string("singularForm", config.string("singularForm"))
            .string("pluralForm", config.string("pluralForm"))
            .string("appPrefix", config.nonEmptyString("appPrefix"), "")
            .string("primaryDisplayLabelProperty", config.string("primaryDisplayLabelPropertyName"))
            .strings(
                "secondaryDisplayLabelProperties",
                config.nonEmptyStrings("secondaryDisplayLabelPropertyNames"),
                false);
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(recordName)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Imported from {@code $L}: the object's properties.\n", file.path());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (JsonFields property : config.objects("properties")) {
      property(property, recordName, record, constructor);
    }
    object.annotations(
        "propertyGroups",
        config.nonEmptyObjects("propertyGroups").stream()
            .map(
                group ->
                    Annotation.of("PropertyGroup")
                        .string("name", group.string("name"))
                        .string("label", group.string("label"))
                        .build())
            .toList());
    object.annotations(
        "defaultCreateFormFields",
        config.nonEmptyObjects("defaultCreateFormFields").stream()
            .map(
                field ->
                    Annotation.of("CreateFormField")
                        .string("property", field.string("propertyName"))
                        .bool("required", field.bool("isRequired"), false)
                        .bool("removable", field.bool("isRemovable"), true)
                        .build())
            .toList());
    config
        .object("settings")
        .ifPresent(
            settings ->
                object
                    .bool("hasRecordPage", settings.bool("hasRecordPage"), true)
                    .bool(
                        "allowsUserCreatedRecords", settings.bool("allowsUserCreatedRecords"), true)
                    .bool("hasEngagements", settings.bool("hasEngagements"), false));
    context.add(
        record.recordConstructor(constructor.build()).addAnnotation(object.build()).build());
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
    if ("bool".equals(property.raw("type"))) {
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
              .string("description", description, "")
              .string("fieldType", control, type.defaultControl())
              .string("groupName", group, "")
              .bool("hasUniqueValue", unique, false)
              .bool("readOnlyValue", readOnly, false)
              .bool("formField", formField, false)
              .bool("hidden", hidden, false)
              .string("calculationFormula", formula, "")
              .build();
        });
  }
}
