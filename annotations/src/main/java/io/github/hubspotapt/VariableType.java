package io.github.hubspotapt;

/** The JSON types HubSpot allows for a profile variable's value. */
public enum VariableType {
  /** A JSON string: the value as written. */
  STRING,
  /** A JSON number: the value is a number, e.g. {@code 10} or {@code 2.5}. */
  NUMBER,
  /** A JSON boolean: the value is {@code true} or {@code false}. */
  BOOLEAN
}
