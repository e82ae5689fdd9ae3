package io.github.hubspotapt.processor.model;

import java.util.List;

/** {@code @AppEvent} with the properties of its type. {@code objectType} is the constant name. */
public record AppEvent(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> name,
    Located<String> objectType,
    Located<String> headerTemplate,
    Located<String> detailTemplate,
    List<EventProperty> properties)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.APP_EVENT;
  }
}
