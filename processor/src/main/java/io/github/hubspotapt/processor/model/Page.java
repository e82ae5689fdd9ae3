package io.github.hubspotapt.processor.model;

/** {@code @Page}. */
public record Page(
    Origin origin, Located<String> uid, ComponentFile file, Located<String> entrypoint)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.PAGE;
  }
}
