package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @AppObjectAssociation}. The object members are the referenced types' qualified names
 * ({@code void} for none), resolved to app-object uids when the project is written.
 */
public record AppObjectAssociation(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> firstObject,
    Located<String> secondObject,
    Located<String> secondObjectType,
    List<AssociationLabel> labels)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.APP_OBJECT_ASSOCIATION;
  }
}
