package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/** {@code @Card}: a UI extension on CRM records. */
public final class CardConfig {

  public static final ConfigKey NAME = ConfigKey.string("name");
  public static final ConfigKey DESCRIPTION = ConfigKey.string("description").omittedWhenUnset();
  public static final ConfigKey LOCATION = ConfigKey.string("location").spelledBy("CardLocation");
  public static final ConfigKey OBJECT_TYPES =
      ConfigKey.strings("objectTypes").spelledBy("CrmObjectType");

  public static final ConfigKey PREVIEW_FILE = ConfigKey.string("file");
  public static final ConfigKey PREVIEW_ALT_TEXT = ConfigKey.string("altText");
  public static final AnnotationDeclaration PREVIEW =
      AnnotationDeclaration.of("PreviewImage", PREVIEW_FILE, PREVIEW_ALT_TEXT);

  /** Written only when its file is set, with both its keys. */
  public static final ConfigKey PREVIEW_IMAGE = ConfigKey.nested("previewImage", PREVIEW);

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.CARD,
          "Card",
          NAME,
          DESCRIPTION,
          LOCATION,
          ComponentDeclaration.ENTRYPOINT,
          OBJECT_TYPES,
          PREVIEW_IMAGE);

  private CardConfig() {}
}
