package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.declaration.AppFunctionConfig;
import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import java.util.List;

/** {@code app-function}: {@code @AppFunction}, with {@code @Endpoint}. */
final class AppFunctionImporter implements ComponentImporter {

  /** Its members in the annotation's order, which puts the endpoint after the secret keys. */
  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    Annotation function =
        DeclaredMembers.of(AppFunctionConfig.DECLARATION, file, context)
            .add(ComponentDeclaration.ENTRYPOINT)
            .add(AppFunctionConfig.SECRET_KEYS)
            .add(AppFunctionConfig.ENDPOINT)
            .annotation();
    context.addFeature(file, null, "Function", List.of(function.build()));
  }
}
