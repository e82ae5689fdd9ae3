package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @Card}. {@code previewFile} and {@code previewAltText} are empty when there is no preview
 * image.
 */
public record Card(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> name,
    Located<String> description,
    Located<String> location,
    Located<String> entrypoint,
    List<Located<String>> objectTypes,
    Located<String> previewFile,
    Located<String> previewAltText)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.CARD;
  }

  @Override
  public String fileNameSource() {
    return name.value() == null || name.value().isBlank() ? uid.value() : name.value();
  }
}
