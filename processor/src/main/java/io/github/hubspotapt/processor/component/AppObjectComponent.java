package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.AppObjectConfig.ALLOWS_USER_CREATED_RECORDS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.APP_PREFIX;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.CALCULATION_FORMULA;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.DEFAULT_CREATE_FORM_FIELDS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.FORM_FIELD;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.FORM_PROPERTY;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.FORM_REMOVABLE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.FORM_REQUIRED;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.GROUP_LABEL;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.GROUP_NAME;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_ENGAGEMENTS;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_RECORD_PAGE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HAS_UNIQUE_VALUE;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.HIDDEN;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.NAME;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PLURAL_FORM;
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.PRIMARY_DISPLAY_LABEL_PROPERTY;
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
import static io.github.hubspotapt.processor.declaration.AppObjectConfig.SINGULAR_FORM;

import io.github.hubspotapt.processor.declaration.AppObjectConfig;
import io.github.hubspotapt.processor.declaration.ConfigKey;
import io.github.hubspotapt.processor.declaration.FieldType;
import io.github.hubspotapt.processor.declaration.OptionConfig;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.CreateFormField;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.PropertyGroup;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.JavaField;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonArray;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * {@code @AppObject}: a CRM object type of the app's own, whose properties are the fields of its
 * type.
 */
final class AppObjectComponent extends Component<AppObject> {

  private static final ConfigKey DESCRIPTION_KEY = AppObjectConfig.DESCRIPTION;

  private static final AnnotationMembers OBJECT = members(AppObjectConfig.DECLARATION);
  private static final AnnotationMembers OBJECT_PROPERTY =
      AnnotationMembers.of(
          AnnotationNames.OBJECT_PROPERTY,
          JavaField.NAME,
          JavaField.LABEL,
          PROPERTY_DESCRIPTION.member(),
          PROPERTY_FIELD_TYPE.member(),
          PROPERTY_GROUP.member(),
          HAS_UNIQUE_VALUE.member(),
          READ_ONLY_VALUE.member(),
          FORM_FIELD.member(),
          HIDDEN.member(),
          CALCULATION_FORMULA.member());
  private static final AnnotationMembers GROUP_MEMBERS = members(PROPERTY_GROUPS.nested());
  private static final AnnotationMembers CREATE_FORM_FIELD =
      members(DEFAULT_CREATE_FORM_FIELDS.nested());

  AppObjectComponent() {
    super(ComponentType.APP_OBJECT, OBJECT);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(OBJECT, OBJECT_PROPERTY, GROUP_MEMBERS, CREATE_FORM_FIELD);
  }

  @Override
  AppObject read(MirrorReader object, TypeElement type, TypeReader reader) {
    List<ObjectProperty> properties =
        reader.fields(type, OBJECT_PROPERTY).stream()
            .map(
                f ->
                    new ObjectProperty(
                        f.origin(),
                        f.name(),
                        reader.shape(f.type()),
                        f.string(JavaField.LABEL),
                        f.string(PROPERTY_DESCRIPTION.member()),
                        f.string(PROPERTY_FIELD_TYPE.member()),
                        f.string(PROPERTY_GROUP.member()),
                        f.bool(HAS_UNIQUE_VALUE.member(), false),
                        f.bool(READ_ONLY_VALUE.member(), false),
                        f.bool(FORM_FIELD.member(), false),
                        f.bool(HIDDEN.member(), false),
                        f.string(CALCULATION_FORMULA.member())))
            .toList();
    return new AppObject(
        object.origin(),
        type.getQualifiedName().toString(),
        object.string(UID),
        file(object),
        object.string(NAME.member()),
        object.string(DESCRIPTION_KEY.member()),
        object.string(SINGULAR_FORM.member()),
        object.string(PLURAL_FORM.member()),
        object.string(APP_PREFIX.member()),
        object.string(PRIMARY_DISPLAY_LABEL_PROPERTY.member()),
        object.strings(SECONDARY_DISPLAY_LABEL_PROPERTIES.member()),
        properties,
        object.annotations(PROPERTY_GROUPS.member(), GROUP_MEMBERS).stream()
            .map(
                g ->
                    new PropertyGroup(
                        g.string(GROUP_NAME.member()), g.string(GROUP_LABEL.member())))
            .toList(),
        object.annotations(DEFAULT_CREATE_FORM_FIELDS.member(), CREATE_FORM_FIELD).stream()
            .map(
                c ->
                    new CreateFormField(
                        c.string(FORM_PROPERTY.member()),
                        Boolean.TRUE.equals(c.bool(FORM_REQUIRED.member()).value()),
                        !Boolean.FALSE.equals(c.bool(FORM_REMOVABLE.member()).value())))
            .toList(),
        !Boolean.FALSE.equals(object.bool(HAS_RECORD_PAGE.member()).value()),
        !Boolean.FALSE.equals(object.bool(ALLOWS_USER_CREATED_RECORDS.member()).value()),
        Boolean.TRUE.equals(object.bool(HAS_ENGAGEMENTS.member()).value()));
  }

  @Override
  JsonObject write(AppObject object, ConfigContext context) {
    DeclaredConfig config =
        new DeclaredConfig(context.object())
            .string(NAME, object.name())
            .string(DESCRIPTION_KEY, object.description())
            .string(SINGULAR_FORM, object.singularForm())
            .string(PLURAL_FORM, object.pluralForm())
            .string(APP_PREFIX, object.appPrefix())
            .string(PRIMARY_DISPLAY_LABEL_PROPERTY, object.primaryDisplayLabelProperty())
            .strings(SECONDARY_DISPLAY_LABEL_PROPERTIES, object.secondaryDisplayLabelProperties());
    JsonArray properties = config.json().putArray(PROPERTIES);
    object.properties().forEach(property -> properties.add(property(property, context)));
    config
        .list(
            PROPERTY_GROUPS,
            object.propertyGroups(),
            (node, group) ->
                node.string(GROUP_NAME, group.name()).string(GROUP_LABEL, group.label()))
        .list(
            DEFAULT_CREATE_FORM_FIELDS,
            object.defaultCreateFormFields(),
            (node, field) ->
                node.string(FORM_PROPERTY, field.property())
                    .bool(FORM_REQUIRED, field.required())
                    .bool(FORM_REMOVABLE, field.removable()));
    new DeclaredConfig(config.json().putObject(SETTINGS))
        .bool(HAS_RECORD_PAGE, object.hasRecordPage())
        .bool(ALLOWS_USER_CREATED_RECORDS, object.allowsUserCreatedRecords())
        .bool(HAS_ENGAGEMENTS, object.hasEngagements());
    return config.json();
  }

  /** Key order of HubSpot's app-object template; flags only when set, as there. */
  private static JsonObject property(ObjectProperty property, ConfigContext context) {
    JsonObject node = context.object();
    node.put(PROPERTY_NAME.key(), property.name().value());
    node.put(
        PROPERTY_LABEL.key(),
        JsonObject.isSet(property.label()) ? property.label().value() : property.name().value());
    node.putIfSet(PROPERTY_DESCRIPTION.key(), property.description());
    node.put("type", property.shape().type());
    node.put(
        PROPERTY_FIELD_TYPE.key(),
        JsonObject.isSet(property.fieldType())
            ? property.fieldType().value()
            : property.shape().fieldType());
    node.putIfSet(CALCULATION_FORMULA.key(), property.calculationFormula());
    putIfTrue(node, HAS_UNIQUE_VALUE.key(), property.hasUniqueValue());
    putIfTrue(node, READ_ONLY_VALUE.key(), property.readOnlyValue());
    putIfTrue(node, FORM_FIELD.key(), property.formField());
    putIfTrue(node, HIDDEN.key(), property.hidden());
    node.putIfSet(PROPERTY_GROUP.key(), property.groupName());
    if (FieldType.BOOL.json().equals(property.shape().type())) {
      // HubSpot's boolean properties carry their two options, as in its template.
      JsonArray options = node.putArray("options");
      options
          .addObject()
          .put(OptionConfig.LABEL.key(), "Yes")
          .put(OptionConfig.VALUE.key(), "true");
      options
          .addObject()
          .put(OptionConfig.LABEL.key(), "No")
          .put(OptionConfig.VALUE.key(), "false");
    } else if (!property.shape().options().isEmpty()) {
      JsonArray options = node.putArray("options");
      for (Option option : property.shape().options()) {
        JsonObject each =
            options
                .addObject()
                .put(OptionConfig.LABEL.key(), option.label().value())
                .put(OptionConfig.VALUE.key(), option.value().value());
        ComponentJson.putDescriptionAndOrder(each, option);
        putIfTrue(each, OptionConfig.HIDDEN.key(), option.isHidden());
      }
    }
    return node;
  }

  private static void putIfTrue(JsonObject node, String key, boolean value) {
    if (value) {
      node.put(key, true);
    }
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.FIELDS, RuleGroup.APP_OBJECTS);
  }
}
