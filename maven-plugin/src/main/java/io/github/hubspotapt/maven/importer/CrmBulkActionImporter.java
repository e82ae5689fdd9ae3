package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.BulkActionIcon;
import io.github.hubspotapt.CrmObjectType;
import io.github.hubspotapt.DisplayMode;
import java.util.List;

/** {@code crm-bulk-action}: {@code @CrmBulkAction}. */
final class CrmBulkActionImporter implements ComponentImporter {

  @Override
  public String type() {
    return "crm-bulk-action";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    String label = config.string("label");
    Annotation action =
        ComponentAnnotation.of("CrmBulkAction", file, context.vocabulary())
            .string("label", label)
            .string("entrypoint", config.string("entrypoint"))
            .words(
                "objectTypes",
                config.strings("objectTypes"),
                true,
                CrmObjectType.class,
                context.vocabulary());
    EnumValue.read(config, "displayMode", config.string("displayMode"), DisplayMode.class)
        .filter(mode -> !mode.equals("PANEL"))
        .ifPresent(mode -> action.constant("displayMode", "DisplayMode", mode));
    String icon = config.nonEmptyString("icon");
    if (icon != null) {
      action.word("icon", icon, BulkActionIcon.class, context.vocabulary());
    }
    context.addFeature(file, label, "Action", List.of(action.build()));
  }
}
