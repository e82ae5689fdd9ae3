package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * One input field of a workflow action: a component of its type, with {@code @InputField} if
 * present.
 */
public record InputField(
    Origin origin,
    Located<String> name,
    FieldShape shape,
    Located<String> label,
    Located<String> description,
    Located<String> fieldType,
    List<Located<String>> supportedValueTypes,
    boolean required,
    Located<String> optionsUrl,
    Located<Boolean> owner) {

  /** Whether the field's value is a HubSpot owner's id ({@code referencedObjectType: OWNER}). */
  public boolean referencesOwner() {
    return Boolean.TRUE.equals(owner.value());
  }

  /**
   * Whether HubSpot takes the field's options from elsewhere than the file: fetched from its
   * optionsUrl, or the account's owners.
   */
  public boolean optionsElsewhere() {
    return referencesOwner()
        || (optionsUrl != null && optionsUrl.value() != null && !optionsUrl.value().isEmpty());
  }
}
