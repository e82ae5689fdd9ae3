package io.github.hubspotapt.processor.model;

/** {@code @Scim}. */
public record Scim(
    Origin origin, Located<String> uid, ComponentFile file, Located<Boolean> roleSyncEnabled)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.SCIM;
  }
}
