package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.PageConfig;
import io.github.hubspotapt.processor.model.PlatformVersion;
import java.util.Arrays;

/**
 * {@code page}: {@code @Page}, a uid and an entrypoint. A page's {@code location: "home"} is what
 * the processor writes itself on the platform versions of the single app-home page, and is read
 * back only there.
 */
final class PageImporter implements ComponentImporter {

  private final DeclaredImporter declared = new DeclaredImporter(PageConfig.DECLARATION, "Page");

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    if (config.has(PageConfig.LOCATION)) {
      String location = config.string(PageConfig.LOCATION);
      if (!PageConfig.APP_HOME.equals(location) || !isAppHome(context.platformVersion())) {
        config.refuse(
            PageConfig.LOCATION,
            "@Page writes location \"home\" on platform 2025.2 and 2026.03-beta only, and no"
                + " other location");
      }
    }
    declared.read(file, context);
  }

  /** Whether the processor writes the app-home marker on {@code platformVersion}. */
  private static boolean isAppHome(String platformVersion) {
    return Arrays.stream(PlatformVersion.values())
        .anyMatch(
            version ->
                version.json().equals(platformVersion)
                    && !version.isAtLeast(PageConfig.MANY_PAGES_FROM));
  }
}
