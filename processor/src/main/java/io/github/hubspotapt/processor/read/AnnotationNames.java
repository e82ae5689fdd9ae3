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

  /** The top-level annotations the processor is registered for (nested ones are read through these). */
  public static final Set<String> SUPPORTED =
      Set.of(HUBSPOT_APP, AUTH, CARD, SETTINGS, PAGE, APP_FUNCTION, TELEMETRY, SCIM, CRM_BULK_ACTION);

  private AnnotationNames() {}
}
