package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.declaration.OptionConfig;
import java.util.HashSet;
import java.util.Set;

/**
 * The annotations the processor reads that no single component owns, by qualified name. Names, not
 * {@code Class} literals, so the processor needs no dependency on the annotations jar and reads the
 * same values from source and from class files. Each component names its own annotations.
 */
public final class AnnotationNames {

  public static final String PACKAGE = "io.github.hubspotapt";
  public static final String HUBSPOT_APP = PACKAGE + ".HubSpotApp";
  public static final String AUTH = PACKAGE + ".Auth";

  /** Annotations on the members of annotated types, read through those types. */
  public static final String INPUT_FIELD = PACKAGE + ".InputField";

  public static final String OUTPUT_FIELD = PACKAGE + ".OutputField";
  public static final String EVENT_PROPERTY = PACKAGE + ".EventProperty";
  public static final String OBJECT_PROPERTY = PACKAGE + ".ObjectProperty";
  public static final String OPTION = PACKAGE + "." + OptionConfig.ANNOTATION;

  /**
   * The annotations on members (fields, record components, enum constants). They are read through
   * their type's annotation, not collected; the processor still claims them, or javac's
   * -Xlint:processing warns that no processor claimed them.
   */
  public static final Set<String> MEMBERS =
      Set.of(INPUT_FIELD, OUTPUT_FIELD, EVENT_PROPERTY, OBJECT_PROPERTY, OPTION);

  /**
   * The annotations on types and methods, each the app's, a component's or a component's companion
   * (nested annotations are read through these): the processor is registered for them. A constant,
   * so that a compilation needs no component table to tell a HubSpot annotation; {@code
   * ComponentsTest} holds it to the annotations jar and the components.
   */
  public static final Set<String> TOP_LEVEL =
      Set.of(
          PACKAGE + ".AgentTool",
          PACKAGE + ".AppEvent",
          PACKAGE + ".AppFunction",
          PACKAGE + ".AppObject",
          PACKAGE + ".AppObjectAssociation",
          AUTH,
          PACKAGE + ".Card",
          PACKAGE + ".CrmBulkAction",
          PACKAGE + ".ExperimentalFeature",
          HUBSPOT_APP,
          PACKAGE + ".Page",
          PACKAGE + ".Profile",
          PACKAGE + ".Profiles",
          PACKAGE + ".Scim",
          PACKAGE + ".Settings",
          PACKAGE + ".Telemetry",
          PACKAGE + ".WebhookSettings",
          PACKAGE + ".WebhookSubscription",
          PACKAGE + ".WebhookSubscriptions",
          PACKAGE + ".WorkflowAction");

  /**
   * The simple names of {@link #TOP_LEVEL} and {@link #MEMBERS}: an annotation of one of these
   * names whose type did not resolve is most likely a HubSpot annotation whose import is missing.
   */
  public static final Set<String> SIMPLE_NAMES = simpleNames();

  private AnnotationNames() {}

  private static Set<String> simpleNames() {
    Set<String> names = new HashSet<>();
    for (String name : TOP_LEVEL) {
      names.add(name.substring(PACKAGE.length() + 1));
    }
    for (String name : MEMBERS) {
      names.add(name.substring(PACKAGE.length() + 1));
    }
    return Set.copyOf(names);
  }
}
