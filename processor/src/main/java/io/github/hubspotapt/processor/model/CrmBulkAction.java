package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @CrmBulkAction}. {@code displayMode} is the constant name, which is also HubSpot's value.
 */
public record CrmBulkAction(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> label,
    Located<String> entrypoint,
    List<Located<String>> objectTypes,
    Located<String> displayMode,
    Located<String> icon)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.CRM_BULK_ACTION;
  }

  @Override
  public String fileNameSource() {
    return label.value() == null || label.value().isBlank() ? uid.value() : label.value();
  }
}
