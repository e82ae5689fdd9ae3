package io.github.hubspotapt.maven.importer;

import java.util.List;

/**
 * {@code settings} ({@code @Settings}) and {@code page} ({@code @Page}): a uid and an entrypoint. A
 * page's {@code location: "home"} is what the processor writes itself on the platform versions of
 * the single app-home page.
 */
final class EntrypointImporter implements ComponentImporter {

  private final String type;
  private final String annotation;

  private EntrypointImporter(String type, String annotation) {
    this.type = type;
    this.annotation = annotation;
  }

  static EntrypointImporter settings() {
    return new EntrypointImporter("settings", "Settings");
  }

  static EntrypointImporter page() {
    return new EntrypointImporter("page", "Page");
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    if (type.equals("page") && config.has("location")) {
      String location = config.string("location");
      boolean appHome =
          context.platformVersion().equals("2025.2")
              || context.platformVersion().equals("2026.03-beta");
      if (!"home".equals(location) || !appHome) {
        config.refuse(
            "location",
            "@Page writes location \"home\" on platform 2025.2 and 2026.03-beta only, and no"
                + " other location");
      }
    }
    context.addFeature(
        file,
        null,
        annotation,
        List.of(
            ComponentAnnotation.of(annotation, file, context.vocabulary())
                .string("entrypoint", config.string("entrypoint"))
                .build()));
  }
}
