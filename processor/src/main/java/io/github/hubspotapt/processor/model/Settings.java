package io.github.hubspotapt.processor.model;

/** {@code @Settings}. */
public record Settings(
    Origin origin, Located<String> uid, ComponentFile file, Located<String> entrypoint)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.SETTINGS;
  }
}
