package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import java.util.List;

/**
 * The importer of a component type whose annotation's members are all config keys of its {@link
 * ComponentDeclaration}: its class is the annotation alone, named after the uid.
 */
final class DeclaredImporter implements ComponentImporter {

  private final ComponentDeclaration declaration;
  private final String suffix;

  /** {@code suffix} ends the name of the imported class ({@code Telemetry}). */
  DeclaredImporter(ComponentDeclaration declaration, String suffix) {
    this.declaration = declaration;
    this.suffix = suffix;
  }

  @Override
  public String type() {
    return declaration.type().json();
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    context.addFeature(
        file,
        null,
        suffix,
        List.of(DeclaredMembers.of(declaration, file, context).all().annotation().build()));
  }
}
