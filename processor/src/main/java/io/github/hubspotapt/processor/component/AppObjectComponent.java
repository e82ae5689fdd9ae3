package io.github.hubspotapt.processor.component;

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

  private static final String NAME = "name";
  private static final String DESCRIPTION = "description";
  private static final String SINGULAR_FORM = "singularForm";
  private static final String PLURAL_FORM = "pluralForm";
  private static final String APP_PREFIX = "appPrefix";
  private static final String PRIMARY_DISPLAY_LABEL_PROPERTY = "primaryDisplayLabelProperty";
  private static final String SECONDARY_DISPLAY_LABEL_PROPERTIES =
      "secondaryDisplayLabelProperties";
  private static final String PROPERTY_GROUPS = "propertyGroups";
  private static final String DEFAULT_CREATE_FORM_FIELDS = "defaultCreateFormFields";
  private static final String HAS_RECORD_PAGE = "hasRecordPage";
  private static final String ALLOWS_USER_CREATED_RECORDS = "allowsUserCreatedRecords";
  private static final String HAS_ENGAGEMENTS = "hasEngagements";
  private static final String FIELD_TYPE = "fieldType";
  private static final String GROUP_NAME = "groupName";
  private static final String HAS_UNIQUE_VALUE = "hasUniqueValue";
  private static final String READ_ONLY_VALUE = "readOnlyValue";
  private static final String FORM_FIELD = "formField";
  private static final String HIDDEN = "hidden";
  private static final String CALCULATION_FORMULA = "calculationFormula";
  private static final String LABEL = "label";
  private static final String PROPERTY = "property";
  private static final String REQUIRED = "required";
  private static final String REMOVABLE = "removable";

  private static final AnnotationMembers OBJECT =
      members(
          "AppObject",
          NAME,
          DESCRIPTION,
          SINGULAR_FORM,
          PLURAL_FORM,
          APP_PREFIX,
          PRIMARY_DISPLAY_LABEL_PROPERTY,
          SECONDARY_DISPLAY_LABEL_PROPERTIES,
          PROPERTY_GROUPS,
          DEFAULT_CREATE_FORM_FIELDS,
          HAS_RECORD_PAGE,
          ALLOWS_USER_CREATED_RECORDS,
          HAS_ENGAGEMENTS);
  private static final AnnotationMembers OBJECT_PROPERTY =
      AnnotationMembers.of(
          AnnotationNames.OBJECT_PROPERTY,
          JavaField.NAME,
          JavaField.LABEL,
          DESCRIPTION,
          FIELD_TYPE,
          GROUP_NAME,
          HAS_UNIQUE_VALUE,
          READ_ONLY_VALUE,
          FORM_FIELD,
          HIDDEN,
          CALCULATION_FORMULA);
  private static final AnnotationMembers GROUP =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".PropertyGroup", NAME, LABEL);
  private static final AnnotationMembers CREATE_FORM_FIELD =
      AnnotationMembers.of(
          AnnotationNames.PACKAGE + ".CreateFormField", PROPERTY, REQUIRED, REMOVABLE);

  AppObjectComponent() {
    super(ComponentType.APP_OBJECT, OBJECT);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(OBJECT, OBJECT_PROPERTY, GROUP, CREATE_FORM_FIELD);
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
                        f.string(DESCRIPTION),
                        f.string(FIELD_TYPE),
                        f.string(GROUP_NAME),
                        f.bool(HAS_UNIQUE_VALUE, false),
                        f.bool(READ_ONLY_VALUE, false),
                        f.bool(FORM_FIELD, false),
                        f.bool(HIDDEN, false),
                        f.string(CALCULATION_FORMULA)))
            .toList();
    return new AppObject(
        object.origin(),
        type.getQualifiedName().toString(),
        object.string(UID),
        file(object),
        object.string(NAME),
        object.string(DESCRIPTION),
        object.string(SINGULAR_FORM),
        object.string(PLURAL_FORM),
        object.string(APP_PREFIX),
        object.string(PRIMARY_DISPLAY_LABEL_PROPERTY),
        object.strings(SECONDARY_DISPLAY_LABEL_PROPERTIES),
        properties,
        object.annotations(PROPERTY_GROUPS, GROUP).stream()
            .map(g -> new PropertyGroup(g.string(NAME), g.string(LABEL)))
            .toList(),
        object.annotations(DEFAULT_CREATE_FORM_FIELDS, CREATE_FORM_FIELD).stream()
            .map(
                c ->
                    new CreateFormField(
                        c.string(PROPERTY),
                        Boolean.TRUE.equals(c.bool(REQUIRED).value()),
                        !Boolean.FALSE.equals(c.bool(REMOVABLE).value())))
            .toList(),
        !Boolean.FALSE.equals(object.bool(HAS_RECORD_PAGE).value()),
        !Boolean.FALSE.equals(object.bool(ALLOWS_USER_CREATED_RECORDS).value()),
        Boolean.TRUE.equals(object.bool(HAS_ENGAGEMENTS).value()));
  }

  @Override
  JsonObject write(AppObject object, ConfigContext context) {
    JsonObject config = context.object();
    config.put("name", object.name().value());
    config.put("description", object.description().value());
    config.put("singularForm", object.singularForm().value());
    config.put("pluralForm", object.pluralForm().value());
    config.putIfSet("appPrefix", object.appPrefix());
    config.put("primaryDisplayLabelPropertyName", object.primaryDisplayLabelProperty().value());
    if (!object.secondaryDisplayLabelProperties().isEmpty()) {
      config.putStrings(
          "secondaryDisplayLabelPropertyNames", object.secondaryDisplayLabelProperties());
    }
    JsonArray properties = config.putArray("properties");
    object.properties().forEach(property -> properties.add(property(property, context)));
    if (!object.propertyGroups().isEmpty()) {
      JsonArray groups = config.putArray("propertyGroups");
      for (PropertyGroup group : object.propertyGroups()) {
        groups.addObject().put("name", group.name().value()).put("label", group.label().value());
      }
    }
    if (!object.defaultCreateFormFields().isEmpty()) {
      JsonArray fields = config.putArray("defaultCreateFormFields");
      for (CreateFormField field : object.defaultCreateFormFields()) {
        fields
            .addObject()
            .put("propertyName", field.property().value())
            .put("isRequired", field.required())
            .put("isRemovable", field.removable());
      }
    }
    config
        .putObject("settings")
        .put("hasRecordPage", object.hasRecordPage())
        .put("allowsUserCreatedRecords", object.allowsUserCreatedRecords())
        .put("hasEngagements", object.hasEngagements());
    return config;
  }

  /** Key order of HubSpot's app-object template; flags only when set, as there. */
  private static JsonObject property(ObjectProperty property, ConfigContext context) {
    JsonObject node = context.object();
    node.put("name", property.name().value());
    node.put(
        "label",
        JsonObject.isSet(property.label()) ? property.label().value() : property.name().value());
    node.putIfSet("description", property.description());
    node.put("type", property.shape().type());
    node.put(
        "fieldType",
        JsonObject.isSet(property.fieldType())
            ? property.fieldType().value()
            : property.shape().fieldType());
    node.putIfSet("calculationFormula", property.calculationFormula());
    putIfTrue(node, "hasUniqueValue", property.hasUniqueValue());
    putIfTrue(node, "readOnlyValue", property.readOnlyValue());
    putIfTrue(node, "formField", property.formField());
    putIfTrue(node, "hidden", property.hidden());
    node.putIfSet("groupName", property.groupName());
    if ("bool".equals(property.shape().type())) {
      // HubSpot's boolean properties carry their two options, as in its template.
      JsonArray options = node.putArray("options");
      options.addObject().put("label", "Yes").put("value", "true");
      options.addObject().put("label", "No").put("value", "false");
    } else if (!property.shape().options().isEmpty()) {
      JsonArray options = node.putArray("options");
      for (Option option : property.shape().options()) {
        JsonObject each =
            options
                .addObject()
                .put("label", option.label().value())
                .put("value", option.value().value());
        ComponentJson.putDescriptionAndOrder(each, option);
        putIfTrue(each, "hidden", option.isHidden());
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
