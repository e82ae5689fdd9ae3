package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @AppObject} with the properties of its type; {@code typeName} is the annotated type's
 * qualified name.
 */
public record AppObject(
    Origin origin,
    String typeName,
    Located<String> uid,
    ComponentFile file,
    Located<String> name,
    Located<String> description,
    Located<String> singularForm,
    Located<String> pluralForm,
    Located<String> appPrefix,
    Located<String> primaryDisplayLabelProperty,
    List<Located<String>> secondaryDisplayLabelProperties,
    List<ObjectProperty> properties,
    List<PropertyGroup> propertyGroups,
    List<CreateFormField> defaultCreateFormFields,
    boolean hasRecordPage,
    boolean allowsUserCreatedRecords,
    boolean hasEngagements)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.APP_OBJECT;
  }
}
