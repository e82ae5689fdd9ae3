package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.CardConfig;
import io.github.hubspotapt.processor.declaration.CrmBulkActionConfig;
import io.github.hubspotapt.processor.declaration.ScimConfig;
import io.github.hubspotapt.processor.declaration.SettingsConfig;
import io.github.hubspotapt.processor.declaration.TelemetryConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The importer of each component type, in the order they run: the app first, app objects before the
 * associations that name them.
 */
final class ComponentImporters {

  private final Map<String, ComponentImporter> byType = new LinkedHashMap<>();

  ComponentImporters(JsonFields project) {
    List.of(
            new AppImporter(project),
            new DeclaredImporter(CardConfig.DECLARATION, "Card", CardConfig.NAME),
            new DeclaredImporter(SettingsConfig.DECLARATION, "Settings"),
            new PageImporter(),
            new AppFunctionImporter(),
            new DeclaredImporter(TelemetryConfig.DECLARATION, "Telemetry"),
            new DeclaredImporter(ScimConfig.DECLARATION, "Scim"),
            new DeclaredImporter(
                CrmBulkActionConfig.DECLARATION, "Action", CrmBulkActionConfig.LABEL),
            new WebhooksImporter(),
            new WorkflowActionImporter(),
            new AppEventImporter(),
            new AppObjectImporter(),
            new AppObjectAssociationImporter())
        .forEach(importer -> byType.put(importer.type(), importer));
    ExperimentalFeatureImporter.all().forEach(importer -> byType.put(importer.type(), importer));
  }

  Optional<ComponentImporter> of(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The position of {@code type} in the run order; unknown types last. */
  int order(String type) {
    int position = List.copyOf(byType.keySet()).indexOf(type);
    return position < 0 ? byType.size() : position;
  }
}
