package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.AppEventObjectType;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code app-event}: a record with {@code @AppEvent} whose components are its properties
 * ({@code @EventProperty}).
 */
final class AppEventImporter implements ComponentImporter {

  /** CUSTOM_OBJECT is {@code supportsCustomObject}, never an {@code objectType}. */
  private static final Set<AppEventObjectType> OBJECT_TYPES =
      EnumSet.complementOf(EnumSet.of(AppEventObjectType.CUSTOM_OBJECT));

  @Override
  public String type() {
    return "app-event";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation event =
        ComponentAnnotation.of("AppEvent", file, context.vocabulary())
            .string("name", config.string("name"));
    if (Boolean.TRUE.equals(config.trueOnly("supportsCustomObject"))) {
      event.constant("objectType", "AppEventObjectType", "CUSTOM_OBJECT");
      if (config.has("objectType")) {
        config.refuse(
            "objectType",
            "@AppEvent(objectType = CUSTOM_OBJECT) is supportsCustomObject, and the processor"
                + " writes no objectType beside it");
      }
    } else {
      config.require("objectType", "@AppEvent(objectType)");
      EnumValue.read(config, "objectType", config.string("objectType"), OBJECT_TYPES)
          .ifPresent(type -> event.constant("objectType", "AppEventObjectType", type));
    }
    event
        .string("headerTemplate", config.nonEmptyString("headerTemplate"), "")
        .string("detailTemplate", config.nonEmptyString("detailTemplate"), "");
    ClassName recordName = context.newType(JavaNames.typeName(file.uid(), "Event"));
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(recordName)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Imported from {@code $L}: the event's properties.\n", file.path());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (JsonFields property : config.objects("properties")) {
      String label = property.nonEmptyString("label");
      String description = property.nonEmptyString("description");
      RecordField.add(
          property,
          recordName,
          record,
          constructor,
          OptionEnum.Members.VALUE_AND_LABEL,
          (name, javaName, type, control) -> {
            if (control != null) {
              property.refuse(
                  "fieldType",
                  "@EventProperty has no field control: the processor writes no fieldType"
                      + " for an app event's property");
            }
            return Annotation.of("EventProperty")
                .string("name", name, javaName)
                .string("label", label, name)
                .string("description", description, "")
                .build();
          });
    }
    context.add(record.recordConstructor(constructor.build()).addAnnotation(event.build()).build());
  }
}
