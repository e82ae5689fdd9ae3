package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.CardConfig;
import io.github.hubspotapt.processor.declaration.CrmBulkActionConfig;
import io.github.hubspotapt.processor.declaration.ScimConfig;
import io.github.hubspotapt.processor.declaration.SettingsConfig;
import io.github.hubspotapt.processor.declaration.TelemetryConfig;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.rules.ParserComponents;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The importer of each component type, in the order they run: the app first, then the processor's
 * {@link ComponentType}s in their order (app objects before the associations that name them). The
 * switch over every component type makes a type without an importer a compile error. A file's type
 * is looked up as HubSpot's parser reads it ({@link ParserComponents#normalize}): {@code Card} is a
 * card, and {@code pages} (HubSpot's alias, in its 2026.03 samples) a page, which the processor
 * writes back as {@code card} and {@code page}, the same types to HubSpot.
 */
final class ComponentImporters {

  private final Map<String, ComponentImporter> byType = new LinkedHashMap<>();

  ComponentImporters(JsonFields project) {
    byType.put(ParserComponents.normalize(ProjectFiles.APP_TYPE), new AppImporter(project));
    for (ComponentType type : ComponentType.values()) {
      byType.put(ParserComponents.normalize(type.json()), of(type));
    }
  }

  private static ComponentImporter of(ComponentType type) {
    return switch (type) {
      case CARD -> new DeclaredImporter(CardConfig.DECLARATION, "Card", CardConfig.NAME);
      case SETTINGS -> new DeclaredImporter(SettingsConfig.DECLARATION, "Settings");
      case PAGE -> new PageImporter();
      case APP_FUNCTION -> new AppFunctionImporter();
      case TELEMETRY -> new DeclaredImporter(TelemetryConfig.DECLARATION, "Telemetry");
      case SCIM -> new DeclaredImporter(ScimConfig.DECLARATION, "Scim");
      case CRM_BULK_ACTION ->
          new DeclaredImporter(
              CrmBulkActionConfig.DECLARATION, "Action", CrmBulkActionConfig.LABEL);
      case WEBHOOKS -> new WebhooksImporter();
      case WORKFLOW_ACTION -> new WorkflowActionImporter();
      case APP_EVENT -> new AppEventImporter();
      case APP_OBJECT -> new AppObjectImporter();
      case APP_OBJECT_ASSOCIATION -> new AppObjectAssociationImporter();
      case MARKETING_EVENT,
          MEDIA_BRIDGE,
          VIDEO_CONFERENCING,
          CALLING,
          WEBHOOKS_JOURNAL,
          MCP_SERVER,
          MCP_CLIENT,
          API_CLIENT ->
          new ExperimentalFeatureImporter(type);
    };
  }

  Optional<ComponentImporter> of(String type) {
    return Optional.ofNullable(byType.get(ParserComponents.normalize(type)));
  }

  /** Whether {@code type} is the app's, as HubSpot's parser reads it. */
  static boolean isApp(String type) {
    return ParserComponents.normalize(type)
        .equals(ParserComponents.normalize(ProjectFiles.APP_TYPE));
  }

  /** The position of {@code type} in the run order; unknown types last. */
  int order(String type) {
    int position = List.copyOf(byType.keySet()).indexOf(ParserComponents.normalize(type));
    return position < 0 ? byType.size() : position;
  }
}
