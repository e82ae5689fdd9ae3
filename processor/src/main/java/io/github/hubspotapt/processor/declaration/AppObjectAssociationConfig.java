package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/**
 * {@code @AppObjectAssociation}: an association between an app object and another app object or a
 * CRM object. Its objects are class members written as the uid of their {@code @AppObject}, which
 * the writer and the import resolve as code: {@link #FIRST_OBJECT} always, {@link #SECOND_OBJECT}
 * unless it is {@code void}, when {@link #SECOND_OBJECT_TYPE} names a CRM object instead.
 */
public final class AppObjectAssociationConfig {

  public static final String FIRST_OBJECT = "firstObject";
  public static final String FIRST_OBJECT_TYPE = "firstObjectType";
  public static final String SECOND_OBJECT = "secondObject";

  /** Written from {@link #SECOND_OBJECT}'s uid, or from this member when that is {@code void}. */
  public static final ConfigKey SECOND_OBJECT_TYPE = ConfigKey.string("secondObjectType");

  public static final ConfigKey LABEL_NAME = ConfigKey.string("name");
  public static final ConfigKey FIRST_OBJECT_TYPE_LABEL =
      ConfigKey.string("firstObjectTypeLabel").omittedWhenUnset();
  public static final ConfigKey SECOND_OBJECT_TYPE_LABEL =
      ConfigKey.string("secondObjectTypeLabel").omittedWhenUnset();

  /** The key order public projects write: name, then the two objects' labels. */
  public static final AnnotationDeclaration LABEL =
      AnnotationDeclaration.of(
          "AssociationLabel", LABEL_NAME, FIRST_OBJECT_TYPE_LABEL, SECOND_OBJECT_TYPE_LABEL);

  public static final ConfigKey LABELS = ConfigKey.nestedList("labels", LABEL);

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.APP_OBJECT_ASSOCIATION, "AppObjectAssociation", SECOND_OBJECT_TYPE, LABELS);

  private AppObjectAssociationConfig() {}
}
