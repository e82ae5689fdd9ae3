package io.github.hubspotapt.maven.importer;

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
    Annotation action = Annotation.of("CrmBulkAction")
        .string("uid", file.uid())
        .string("label", label)
        .string("entrypoint", config.string("entrypoint"))
        .strings("objectTypes", config.strings("objectTypes"), true);
    EnumValue.read(config, "displayMode", config.string("displayMode"), List.of("PANEL", "MODAL"))
        .filter(mode -> !mode.equals("PANEL"))
        .ifPresent(mode -> action.constant("displayMode", "DisplayMode", mode));
    action.string("icon", config.string("icon"), "");
    context.add(FeatureClass.of(context.newType(JavaNames.typeName(label == null ? file.uid() : label, "Action")),
        file.path(), action.build()));
  }
}
