package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.declaration.ConfigKey;
import java.util.List;

/**
 * The importer of a component type whose annotation's members are all config keys of its {@link
 * ComponentDeclaration}: its class is the annotation alone, named after the uid.
 */
final class DeclaredImporter implements ComponentImporter {

  private final ComponentDeclaration declaration;
  private final String suffix;
  private final ConfigKey title;

  /**
   * {@code suffix} ends the name of the imported class ({@code Telemetry}), named after the uid.
   */
  DeclaredImporter(ComponentDeclaration declaration, String suffix) {
    this(declaration, suffix, null);
  }

  /**
   * As {@link #DeclaredImporter(ComponentDeclaration, String)}, named after {@code title}'s value.
   */
  DeclaredImporter(ComponentDeclaration declaration, String suffix, ConfigKey title) {
    this.declaration = declaration;
    this.suffix = suffix;
    this.title = title;
  }

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    String name = title != null && file.config().raw(title.key()) instanceof String s ? s : null;
    context.addFeature(
        file,
        name,
        suffix,
        List.of(DeclaredMembers.of(declaration, file, context).all().annotation().build()));
  }
}
