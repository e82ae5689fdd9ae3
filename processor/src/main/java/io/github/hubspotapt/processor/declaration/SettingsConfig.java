package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/** {@code @Settings}: the app's settings page, a React entrypoint and nothing else. */
public final class SettingsConfig {

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(ComponentType.SETTINGS, "Settings", ComponentDeclaration.ENTRYPOINT);

  private SettingsConfig() {}
}
