package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/**
 * {@code @AppEvent}: a timeline event on CRM records. Its properties are the fields of its type,
 * written by the component and read back by the import as code.
 */
public final class AppEventConfig {

  public static final ConfigKey NAME = ConfigKey.string("name");

  /** {@link #CUSTOM_OBJECT} is written as {@link #SUPPORTS_CUSTOM_OBJECT}, never as this key. */
  public static final ConfigKey OBJECT_TYPE = ConfigKey.enumValue("objectType");

  public static final ConfigKey HEADER_TEMPLATE =
      ConfigKey.string("headerTemplate").omittedWhenUnset();
  public static final ConfigKey DETAIL_TEMPLATE =
      ConfigKey.string("detailTemplate").omittedWhenUnset();

  public static final String CUSTOM_OBJECT = "CUSTOM_OBJECT";
  public static final String SUPPORTS_CUSTOM_OBJECT = "supportsCustomObject";

  /** The key of the properties, after the annotation's keys. */
  public static final String PROPERTIES = "properties";

  /**
   * A property's ({@code @EventProperty} on a record field) description; its name and label default
   * to what the field gives, and each side derives them as code.
   */
  public static final ConfigKey PROPERTY_DESCRIPTION =
      ConfigKey.string("description").omittedWhenUnset();

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.APP_EVENT, "AppEvent", NAME, OBJECT_TYPE, HEADER_TEMPLATE, DETAIL_TEMPLATE);

  private AppEventConfig() {}
}
