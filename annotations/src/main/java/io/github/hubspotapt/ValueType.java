package io.github.hubspotapt;

/**
 * Where a workflow input field's value may come from: {@link InputField#supportedValueTypes()},
 * written as {@code supportedValueTypes}. These two are all that HubSpot's automation API accepts.
 */
public enum ValueType {
  /**
   * A value the user types or picks when setting up the action; written as {@code STATIC_VALUE}.
   */
  STATIC_VALUE,
  /** A property of the enrolled record; written as {@code OBJECT_PROPERTY}. */
  OBJECT_PROPERTY
}
