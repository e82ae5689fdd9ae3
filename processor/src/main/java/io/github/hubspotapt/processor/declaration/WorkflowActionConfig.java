package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/**
 * {@code @WorkflowAction}: a custom action for workflows and agents. Only some of its keys map one
 * to one to members; the rest stay code on both sides, as the file's shape is not the annotation's:
 * the input and output fields are the fields of record types, {@code workflows} and
 * {@code @AgentTool} are entries of {@code supportedClients}, the labels are keyed by locale and
 * take the English texts from the fields, a field dependency's {@code dependencyType} follows from
 * whether it has a controlling value, and an execution rule's conditions are JSON text.
 */
public final class WorkflowActionConfig {

  public static final ConfigKey ACTION_URL = ConfigKey.string("actionUrl");
  public static final ConfigKey PUBLISHED = ConfigKey.bool("published").inJsonAs("isPublished");
  public static final ConfigKey OBJECT_TYPES = ConfigKey.strings("objectTypes");

  /** The object {@link #OBJECT_REQUEST_PROPERTIES} is written in, only when it has some. */
  public static final String OBJECT_REQUEST_OPTIONS = "objectRequestOptions";

  public static final ConfigKey OBJECT_REQUEST_PROPERTIES =
      ConfigKey.strings("objectRequestProperties").inJsonAs("properties").omittedWhenUnset();

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.WORKFLOW_ACTION,
          "WorkflowAction",
          ACTION_URL,
          PUBLISHED,
          OBJECT_TYPES,
          OBJECT_REQUEST_PROPERTIES);

  /** {@code @ActionLabels}' member of the locale, whose texts are the object under it. */
  public static final String LOCALE = "locale";

  /** The locale an {@code @ActionLabels} has by default, whose field texts go on the fields. */
  public static final String ENGLISH = "en";

  public static final ConfigKey ACTION_NAME = ConfigKey.string("actionName");
  public static final ConfigKey ACTION_DESCRIPTION =
      ConfigKey.string("actionDescription").omittedWhenUnset();
  public static final ConfigKey ACTION_CARD_CONTENT =
      ConfigKey.string("actionCardContent").omittedWhenUnset();
  public static final ConfigKey APP_DISPLAY_NAME =
      ConfigKey.string("appDisplayName").omittedWhenUnset();

  /**
   * One locale's texts, in the order of {@code @ActionLabels}' members; the processor writes
   * actionName, appDisplayName, actionDescription, actionCardContent, as HubSpot's template does.
   * The locale is the object's key, the field texts objects keyed by field name: code.
   */
  public static final AnnotationDeclaration LABELS =
      AnnotationDeclaration.of(
          "ActionLabels", ACTION_NAME, ACTION_DESCRIPTION, ACTION_CARD_CONTENT, APP_DISPLAY_NAME);

  /** The keys of one locale's field texts, objects keyed by field name; each is also a member. */
  public static final String INPUT_FIELD_LABELS = "inputFieldLabels";

  public static final String INPUT_FIELD_DESCRIPTIONS = "inputFieldDescriptions";
  public static final String OUTPUT_FIELD_LABELS = "outputFieldLabels";
  public static final String EXECUTION_RULES = "executionRules";

  /**
   * The member that puts the WORKFLOWS client in {@code supportedClients}: an entry of a list, not
   * a key of its own.
   */
  public static final String WORKFLOWS = "workflows";

  /**
   * The keys of a field ({@code @InputField}, {@code @OutputField} on a record field) written one
   * to one from a member; its name, label and description default to what the field and the English
   * labels give, and each side derives them as code. {@code fieldType} and {@code optionsUrl} are
   * written in the field's {@code typeDefinition}.
   */
  public static final ConfigKey FIELD_TYPE = ConfigKey.string("fieldType").omittedWhenUnset();

  public static final ConfigKey OPTIONS_URL = ConfigKey.string("optionsUrl").omittedWhenUnset();

  /** {@code owner = true}, written as {@code referencedObjectType}: {@link #OWNER}. */
  public static final ConfigKey OWNER_REFERENCE =
      ConfigKey.bool("owner").inJsonAs("referencedObjectType").omittedUnlessWritten();

  /** The one {@code referencedObjectType} HubSpot documents for input fields. */
  public static final String OWNER = "OWNER";

  public static final ConfigKey SUPPORTED_VALUE_TYPES = ConfigKey.enumValues("supportedValueTypes");
  public static final ConfigKey REQUIRED = ConfigKey.bool("required").inJsonAs("isRequired");
  public static final ConfigKey EXTERNAL_OPTIONS =
      ConfigKey.bool("externalOptions").omittedUnlessWritten();

  /**
   * The keys of a field dependency ({@code @FieldDependency}); its {@code dependencyType} follows
   * from whether it has a controlling value.
   */
  public static final ConfigKey CONTROLLING_FIELD =
      ConfigKey.string("controllingField").inJsonAs("controllingFieldName");

  public static final ConfigKey CONTROLLING_VALUE =
      ConfigKey.string("controllingValue").inJsonAs("controllingFieldValue").omittedWhenUnset();
  public static final ConfigKey DEPENDENT_FIELDS =
      ConfigKey.strings("dependentFields").inJsonAs("dependentFieldNames");

  private WorkflowActionConfig() {}
}
