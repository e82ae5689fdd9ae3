package io.github.hubspotapt.processor.read;

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
  public static final String OPTION = PACKAGE + ".Option";

  /**
   * The annotations on members (fields, record components, enum constants). They are read through
   * their type's annotation, not collected; the processor still claims them, or javac's
   * -Xlint:processing warns that no processor claimed them.
   */
  public static final Set<String> MEMBERS =
      Set.of(INPUT_FIELD, OUTPUT_FIELD, EVENT_PROPERTY, OBJECT_PROPERTY, OPTION);

  private AnnotationNames() {}
}
