package io.github.hubspotapt.maven.importer;

import java.util.List;

/** {@code scim}: {@code @Scim}. */
final class ScimImporter implements ComponentImporter {

  @Override
  public String type() {
    return "scim";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    context.addFeature(
        file,
        null,
        "Scim",
        List.of(
            ComponentAnnotation.of("Scim", file, context.vocabulary())
                .bool("roleSyncEnabled", config.bool("roleSyncEnabled"), false)
                .build()));
  }
}
