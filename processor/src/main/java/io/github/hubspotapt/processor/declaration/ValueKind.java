package io.github.hubspotapt.processor.declaration;

/** What a config key holds, and so how its annotation member is read, written and imported. */
public enum ValueKind {
  /** A string member, written as a JSON string. */
  STRING,
  /** A string-array member, written as an array of strings. */
  STRINGS,
  /** An enum member whose constant name is HubSpot's value. */
  ENUM,
  /** An enum-array member, each constant name a HubSpot value. */
  ENUMS,
  BOOLEAN,
  INTEGER,
  /** A nested annotation, written as an object; its keys are declared beside it. */
  NESTED,
  /** An array of nested annotations, each written as an object of the keys declared beside it. */
  NESTED_LIST
}
