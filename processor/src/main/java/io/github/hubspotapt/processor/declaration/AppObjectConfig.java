package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/**
 * {@code @AppObject}: a CRM object type of the app's own. Its properties are the fields of its
 * record, written by the component and read back by the import as code, since their defaults depend
 * on the field (its name, its Java type); they are written between {@link
 * #SECONDARY_DISPLAY_LABEL_PROPERTIES} and {@link #PROPERTY_GROUPS}. The three flags are written in
 * the object {@link #SETTINGS}.
 */
public final class AppObjectConfig {

  public static final ConfigKey NAME = ConfigKey.string("name");
  public static final ConfigKey DESCRIPTION = ConfigKey.string("description");
  public static final ConfigKey SINGULAR_FORM = ConfigKey.string("singularForm");
  public static final ConfigKey PLURAL_FORM = ConfigKey.string("pluralForm");
  public static final ConfigKey APP_PREFIX = ConfigKey.string("appPrefix").omittedWhenUnset();
  public static final ConfigKey PRIMARY_DISPLAY_LABEL_PROPERTY =
      ConfigKey.string("primaryDisplayLabelProperty").inJsonAs("primaryDisplayLabelPropertyName");
  public static final ConfigKey SECONDARY_DISPLAY_LABEL_PROPERTIES =
      ConfigKey.strings("secondaryDisplayLabelProperties")
          .inJsonAs("secondaryDisplayLabelPropertyNames")
          .omittedWhenUnset();

  /** The key of the properties. */
  public static final String PROPERTIES = "properties";

  /**
   * The keys of a property ({@code @ObjectProperty} on a record field) named as their members. Its
   * name, label and field control default to what its field gives, and each side derives them as
   * code.
   */
  public static final ConfigKey PROPERTY_NAME = ConfigKey.string("name");

  public static final ConfigKey PROPERTY_LABEL = ConfigKey.string("label");
  public static final ConfigKey PROPERTY_DESCRIPTION =
      ConfigKey.string("description").omittedWhenUnset();
  public static final ConfigKey PROPERTY_FIELD_TYPE = ConfigKey.string("fieldType");
  public static final ConfigKey PROPERTY_GROUP = ConfigKey.string("groupName").omittedWhenUnset();
  public static final ConfigKey HAS_UNIQUE_VALUE =
      ConfigKey.bool("hasUniqueValue").omittedWhenUnset();
  public static final ConfigKey READ_ONLY_VALUE =
      ConfigKey.bool("readOnlyValue").omittedWhenUnset();
  public static final ConfigKey FORM_FIELD = ConfigKey.bool("formField").omittedWhenUnset();
  public static final ConfigKey HIDDEN = ConfigKey.bool("hidden").omittedWhenUnset();
  public static final ConfigKey CALCULATION_FORMULA =
      ConfigKey.string("calculationFormula").omittedWhenUnset();

  public static final ConfigKey GROUP_NAME = ConfigKey.string("name");
  public static final ConfigKey GROUP_LABEL = ConfigKey.string("label");
  public static final ConfigKey PROPERTY_GROUPS =
      ConfigKey.nestedList(
          "propertyGroups", AnnotationDeclaration.of("PropertyGroup", GROUP_NAME, GROUP_LABEL));

  public static final ConfigKey FORM_PROPERTY =
      ConfigKey.string("property").inJsonAs("propertyName");
  public static final ConfigKey FORM_REQUIRED = ConfigKey.bool("required").inJsonAs("isRequired");
  public static final ConfigKey FORM_REMOVABLE =
      ConfigKey.bool("removable").inJsonAs("isRemovable");
  public static final ConfigKey DEFAULT_CREATE_FORM_FIELDS =
      ConfigKey.nestedList(
          "defaultCreateFormFields",
          AnnotationDeclaration.of(
              "CreateFormField", FORM_PROPERTY, FORM_REQUIRED, FORM_REMOVABLE));

  /** The object the three flags are written in. */
  public static final String SETTINGS = "settings";

  public static final ConfigKey HAS_RECORD_PAGE = ConfigKey.bool("hasRecordPage");
  public static final ConfigKey ALLOWS_USER_CREATED_RECORDS =
      ConfigKey.bool("allowsUserCreatedRecords");
  public static final ConfigKey HAS_ENGAGEMENTS = ConfigKey.bool("hasEngagements");

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.APP_OBJECT,
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

  private AppObjectConfig() {}
}
