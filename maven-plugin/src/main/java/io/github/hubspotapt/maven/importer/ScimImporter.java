package io.github.hubspotapt.maven.importer;

/** {@code scim}: {@code @Scim}. */
final class ScimImporter implements ComponentImporter {

  @Override
  public String type() {
    return "scim";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    context.add(FeatureClass.of(context.newType(JavaNames.typeName(file.uid(), "Scim")), file.path(),
        ComponentAnnotation.of("Scim", file, context.vocabulary())
            .bool("roleSyncEnabled", config.bool("roleSyncEnabled"), false).build()));
  }
}
