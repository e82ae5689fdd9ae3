package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/** {@code @AppFunction}: a serverless function, private or behind a public {@code @Endpoint}. */
public final class AppFunctionConfig {

  public static final ConfigKey PATH = ConfigKey.string("path");
  public static final ConfigKey METHODS = ConfigKey.enumValues("methods");
  public static final AnnotationDeclaration ENDPOINT_KEYS =
      AnnotationDeclaration.of("Endpoint", PATH, METHODS);

  /** Written only when the source declares an endpoint, with both its keys. */
  public static final ConfigKey ENDPOINT = ConfigKey.nested("endpoint", ENDPOINT_KEYS);

  public static final ConfigKey SECRET_KEYS = ConfigKey.strings("secretKeys");

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.APP_FUNCTION,
          "AppFunction",
          ComponentDeclaration.ENTRYPOINT,
          ENDPOINT,
          SECRET_KEYS);

  private AppFunctionConfig() {}
}
