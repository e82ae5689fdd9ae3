package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.AppEventObjectType;
import io.github.hubspotapt.processor.declaration.AppEventConfig;
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
      EnumSet.complementOf(EnumSet.of(AppEventObjectType.valueOf(AppEventConfig.CUSTOM_OBJECT)));

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    DeclaredMembers declared =
        DeclaredMembers.of(AppEventConfig.DECLARATION, file, context).add(AppEventConfig.NAME);
    Annotation event = declared.annotation();
    String objectType = AppEventConfig.OBJECT_TYPE.key();
    String enumType = AppEventObjectType.class.getSimpleName();
    if (Boolean.TRUE.equals(config.trueOnly(AppEventConfig.SUPPORTS_CUSTOM_OBJECT))) {
      event.constant(AppEventConfig.OBJECT_TYPE.member(), enumType, AppEventConfig.CUSTOM_OBJECT);
      if (config.has(objectType)) {
        config.refuse(
            objectType,
            "@AppEvent(objectType = CUSTOM_OBJECT) is supportsCustomObject, and the processor"
                + " writes no objectType beside it");
      }
    } else {
      config.require(objectType, "@AppEvent(objectType)");
      EnumValue.read(config, objectType, config.string(objectType), OBJECT_TYPES)
          .ifPresent(type -> event.constant(AppEventConfig.OBJECT_TYPE.member(), enumType, type));
    }
    declared.add(AppEventConfig.HEADER_TEMPLATE).add(AppEventConfig.DETAIL_TEMPLATE);
    ClassName recordName = context.newType(JavaNames.typeName(file.uid(), "Event"));
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(recordName)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Imported from {@code $L}: the event's properties.\n", file.path());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (JsonFields property : config.objects(AppEventConfig.PROPERTIES)) {
      String label = property.nonEmptyString("label");
      String description = property.nonEmptyString(AppEventConfig.PROPERTY_DESCRIPTION.key());
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
                .optionalString(AppEventConfig.PROPERTY_DESCRIPTION.member(), description)
                .build();
          });
    }
    context.add(record.recordConstructor(constructor.build()).addAnnotation(event.build()).build());
  }
}
