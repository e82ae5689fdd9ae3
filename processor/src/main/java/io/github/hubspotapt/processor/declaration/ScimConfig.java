package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/** {@code @Scim}: user provisioning into the app. */
public final class ScimConfig {

  public static final ConfigKey ROLE_SYNC_ENABLED = ConfigKey.bool("roleSyncEnabled");

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(ComponentType.SCIM, "Scim", ROLE_SYNC_ENABLED);

  private ScimConfig() {}
}
