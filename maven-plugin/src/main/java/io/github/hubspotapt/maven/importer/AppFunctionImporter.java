package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.HttpMethod;
import java.util.ArrayList;
import java.util.List;

/** {@code app-function}: {@code @AppFunction}, with {@code @Endpoint}. */
final class AppFunctionImporter implements ComponentImporter {

  @Override
  public String type() {
    return "app-function";
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation function =
        ComponentAnnotation.of("AppFunction", file, context.vocabulary())
            .string("entrypoint", config.string("entrypoint"))
            .strings("secretKeys", config.strings("secretKeys"), false);
    config
        .object("endpoint")
        .ifPresent(
            endpoint -> {
              List<String> methods = new ArrayList<>();
              for (String method : endpoint.strings("methods")) {
                EnumValue.read(endpoint, "methods", method, HttpMethod.class)
                    .ifPresent(methods::add);
              }
              function.annotations(
                  "endpoint",
                  List.of(
                      Annotation.of("Endpoint")
                          .string("path", endpoint.string("path"))
                          .constants("methods", "HttpMethod", methods)
                          .build()));
            });
    context.addFeature(file, null, "Function", List.of(function.build()));
  }
}
