package io.github.hubspotapt;

/** Where a workflow input field's value may come from. */
public enum ValueType {
  /** A value the user types or picks. */
  STATIC_VALUE,
  /** A property of the enrolled record. */
  OBJECT_PROPERTY
}
