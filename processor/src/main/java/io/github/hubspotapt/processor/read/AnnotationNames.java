package io.github.hubspotapt.processor.read;

import java.util.Set;

/**
 * The annotations the processor reads, by qualified name. Names, not {@code Class} literals, so the processor needs
 * no dependency on the annotations jar and reads the same values from source and from class files.
 */
public final class AnnotationNames {

  public static final String PACKAGE = "io.github.hubspotapt";
  public static final String HUBSPOT_APP = PACKAGE + ".HubSpotApp";
  public static final String AUTH = PACKAGE + ".Auth";
  public static final String CARD = PACKAGE + ".Card";
  public static final String SETTINGS = PACKAGE + ".Settings";
  public static final String PAGE = PACKAGE + ".Page";
  public static final String APP_FUNCTION = PACKAGE + ".AppFunction";
  public static final String TELEMETRY = PACKAGE + ".Telemetry";
  public static final String SCIM = PACKAGE + ".Scim";
  public static final String CRM_BULK_ACTION = PACKAGE + ".CrmBulkAction";
  public static final String WEBHOOK_SETTINGS = PACKAGE + ".WebhookSettings";
  public static final String WEBHOOK_SUBSCRIPTION = PACKAGE + ".WebhookSubscription";
  public static final String WEBHOOK_SUBSCRIPTIONS = PACKAGE + ".WebhookSubscriptions";
  public static final String WORKFLOW_ACTION = PACKAGE + ".WorkflowAction";
  public static final String AGENT_TOOL = PACKAGE + ".AgentTool";
  public static final String APP_EVENT = PACKAGE + ".AppEvent";
  public static final String APP_OBJECT = PACKAGE + ".AppObject";
  public static final String APP_OBJECT_ASSOCIATION = PACKAGE + ".AppObjectAssociation";

  /** Annotations on the members of annotated types, read through those types. */
  public static final String INPUT_FIELD = PACKAGE + ".InputField";
  public static final String OUTPUT_FIELD = PACKAGE + ".OutputField";
  public static final String EVENT_PROPERTY = PACKAGE + ".EventProperty";
  public static final String OBJECT_PROPERTY = PACKAGE + ".ObjectProperty";
  public static final String OPTION = PACKAGE + ".Option";

  /** The top-level annotations the processor is registered for (nested ones are read through these). */
  public static final Set<String> SUPPORTED = Set.of(HUBSPOT_APP, AUTH, CARD, SETTINGS, PAGE, APP_FUNCTION, TELEMETRY,
      SCIM, CRM_BULK_ACTION, WEBHOOK_SETTINGS, WEBHOOK_SUBSCRIPTION, WEBHOOK_SUBSCRIPTIONS, WORKFLOW_ACTION, AGENT_TOOL,
      APP_EVENT, APP_OBJECT, APP_OBJECT_ASSOCIATION);

  /**
   * The annotations on members (fields, record components, enum constants). They are read through their type's
   * annotation, not collected; the processor still claims them, or javac's -Xlint:processing warns that no processor
   * claimed them.
   */
  public static final Set<String> MEMBERS = Set.of(INPUT_FIELD, OUTPUT_FIELD, EVENT_PROPERTY, OBJECT_PROPERTY, OPTION);

  /**
   * The simple names of {@link #SUPPORTED} and {@link #MEMBERS}: an annotation of one of these names whose type did
   * not resolve is most likely a HubSpot annotation whose import is missing.
   */
  public static final Set<String> SIMPLE_NAMES = simpleNames();

  private AnnotationNames() {}

  private static Set<String> simpleNames() {
    Set<String> names = new java.util.HashSet<>();
    for (String name : SUPPORTED) {
      names.add(name.substring(PACKAGE.length() + 1));
    }
    for (String name : MEMBERS) {
      names.add(name.substring(PACKAGE.length() + 1));
    }
    return Set.copyOf(names);
  }
}
