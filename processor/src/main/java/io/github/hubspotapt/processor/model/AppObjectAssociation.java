package io.github.hubspotapt.processor.model;

/**
 * {@code @AppObjectAssociation}. The object members are the referenced types' qualified names ({@code void} for
 * none), resolved to app-object uids when the project is written.
 */
public record AppObjectAssociation(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> firstObject,
    Located<String> secondObject,
    Located<String> secondObjectType) implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.APP_OBJECT_ASSOCIATION;
  }
}
