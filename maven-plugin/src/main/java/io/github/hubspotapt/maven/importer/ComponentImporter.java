package io.github.hubspotapt.maven.importer;

/**
 * Turns the components of one HubSpot type into annotated Java, mirroring the processor's {@code
 * component} package: one importer per type, reading the {@code config} keys that the type's
 * annotation writes.
 */
interface ComponentImporter {

  /**
   * Reads one component and adds its Java type to {@code context}. Every config key it does not
   * read is reported for it by the import.
   */
  void read(ComponentJsonFile file, ImportContext context);
}
