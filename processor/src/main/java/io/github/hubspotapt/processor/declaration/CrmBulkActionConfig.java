package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/** {@code @CrmBulkAction}: an action on the records selected in a CRM index page. */
public final class CrmBulkActionConfig {

  public static final ConfigKey LABEL = ConfigKey.string("label");
  public static final ConfigKey OBJECT_TYPES =
      ConfigKey.strings("objectTypes").spelledBy("CrmObjectType");
  public static final ConfigKey DISPLAY_MODE = ConfigKey.enumValue("displayMode");
  public static final ConfigKey ICON =
      ConfigKey.string("icon").omittedWhenUnset().spelledBy("BulkActionIcon");

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.CRM_BULK_ACTION,
          "CrmBulkAction",
          LABEL,
          ComponentDeclaration.ENTRYPOINT,
          OBJECT_TYPES,
          DISPLAY_MODE,
          ICON);

  private CrmBulkActionConfig() {}
}
