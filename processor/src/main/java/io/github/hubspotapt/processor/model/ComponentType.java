package io.github.hubspotapt.processor.model;

import java.util.Set;

/**
 * The app features the processor writes, with what HubSpot expects of each: the {@code type} value,
 * the folder under {@code src/app/}, whether a project may have only one (HubSpot's project
 * parser), and the platform version and kind of app it needs (HubSpot's schemas and templates). The
 * rules on these facts loop over the types, so a new type states them here and nowhere else.
 */
public enum ComponentType {
  CARD("card", "cards", false, "@Card"),
  SETTINGS("settings", "settings", true, "@Settings"),
  PAGE("page", "pages", true, "@Page"),
  APP_FUNCTION("app-function", "functions", false, "@AppFunction"),
  TELEMETRY("telemetry", "telemetry", true, "@Telemetry"),
  SCIM("scim", "scim", true, "@Scim"),
  // Platform 2026.09-beta's schemas are the first with the type.
  CRM_BULK_ACTION(
      "crm-bulk-action",
      "actions",
      false,
      "@CrmBulkAction",
      PlatformVersion.V2026_09_BETA,
      AuthType.all(),
      Distribution.all()),
  WEBHOOKS("webhooks", "webhooks", true, "@WebhookSettings"),
  WORKFLOW_ACTION("workflow-action", "workflow-actions", false, "@WorkflowAction"),
  // HubSpot's templates and app-event docs: an oauth marketplace app only.
  APP_EVENT(
      "app-event",
      "app-events",
      false,
      "@AppEvent",
      null,
      Set.of(AuthType.OAUTH),
      Set.of(Distribution.MARKETPLACE)),
  APP_OBJECT(
      "app-object",
      "app-objects",
      false,
      "@AppObject",
      null,
      Set.of(AuthType.OAUTH),
      Set.of(Distribution.MARKETPLACE)),
  APP_OBJECT_ASSOCIATION(
      "app-object-association",
      "app-object-associations",
      false,
      "@AppObjectAssociation",
      null,
      Set.of(AuthType.OAUTH),
      Set.of(Distribution.MARKETPLACE)),
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
  private final PlatformVersion since;
  private final Set<AuthType> authTypes;
  private final Set<Distribution> distributions;

  ComponentType(String json, String folder, boolean singular, String annotation) {
    this(json, folder, singular, annotation, null, AuthType.all(), Distribution.all());
  }

  ComponentType(
      String json,
      String folder,
      boolean singular,
      String annotation,
      PlatformVersion since,
      Set<AuthType> authTypes,
      Set<Distribution> distributions) {
    this.json = json;
    this.folder = folder;
    this.singular = singular;
    this.annotation = annotation;
    this.since = since;
    this.authTypes = authTypes;
    this.distributions = distributions;
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

  /** The first platform version whose schemas have the type; null when every version has it. */
  public PlatformVersion since() {
    return since;
  }

  /** The auth types of the apps that may have it. */
  public Set<AuthType> authTypes() {
    return authTypes;
  }

  /** The distributions of the apps that may have it. */
  public Set<Distribution> distributions() {
    return distributions;
  }

  /** The annotation that declares it, as users write it. */
  public String annotation() {
    return annotation;
  }
}
