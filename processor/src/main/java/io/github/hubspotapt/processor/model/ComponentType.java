package io.github.hubspotapt.processor.model;

/**
 * The app features the processor writes, with what HubSpot's project parser expects of each: the
 * {@code type} value, the folder under {@code src/app/}, and whether a project may have only one.
 */
public enum ComponentType {
  CARD("card", "cards", false, "@Card"),
  SETTINGS("settings", "settings", true, "@Settings"),
  PAGE("page", "pages", true, "@Page"),
  APP_FUNCTION("app-function", "functions", false, "@AppFunction"),
  TELEMETRY("telemetry", "telemetry", true, "@Telemetry"),
  SCIM("scim", "scim", true, "@Scim"),
  CRM_BULK_ACTION("crm-bulk-action", "actions", false, "@CrmBulkAction"),
  WEBHOOKS("webhooks", "webhooks", true, "@WebhookSettings"),
  WORKFLOW_ACTION("workflow-action", "workflow-actions", false, "@WorkflowAction"),
  APP_EVENT("app-event", "app-events", false, "@AppEvent"),
  APP_OBJECT("app-object", "app-objects", false, "@AppObject"),
  APP_OBJECT_ASSOCIATION(
      "app-object-association", "app-object-associations", false, "@AppObjectAssociation"),
  // The parser-only types (project-parsing-lib 0.23.0 Components), all declared by
  // @ExperimentalFeature.
  MARKETING_EVENT("marketing-event", "marketing-events", false, experimental("MARKETING_EVENT")),
  MEDIA_BRIDGE("media-bridge", "media-bridge", false, experimental("MEDIA_BRIDGE")),
  VIDEO_CONFERENCING(
      "video-conferencing", "video-conferencing", false, experimental("VIDEO_CONFERENCING")),
  CALLING("calling", "calling", true, experimental("CALLING")),
  WEBHOOKS_JOURNAL("webhooks-journal", "webhooks-journal", true, experimental("WEBHOOKS_JOURNAL")),
  MCP_SERVER("mcp-server", "mcp-server", true, experimental("MCP_SERVER")),
  MCP_CLIENT("mcp-client", "mcp-client", true, experimental("MCP_CLIENT")),
  API_CLIENT("api-client", "api-client", true, experimental("API_CLIENT"));

  private final String json;
  private final String folder;
  private final boolean singular;
  private final String annotation;

  ComponentType(String json, String folder, boolean singular, String annotation) {
    this.json = json;
    this.folder = folder;
    this.singular = singular;
    this.annotation = annotation;
  }

  /**
   * How a user writes an experimental feature of this type, so that messages tell the types apart.
   */
  private static String experimental(String constant) {
    return "@ExperimentalFeature(type = " + constant + ")";
  }

  /** The {@code type} value of the component's file. */
  public String json() {
    return json;
  }

  /** The folder under {@code src/app/} HubSpot's parser requires for this type. */
  public String folder() {
    return folder;
  }

  /** At most one per project. */
  public boolean singular() {
    return singular;
  }

  /** The annotation that declares it, as users write it. */
  public String annotation() {
    return annotation;
  }
}
