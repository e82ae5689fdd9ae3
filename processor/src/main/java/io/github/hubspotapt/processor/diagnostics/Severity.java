package io.github.hubspotapt.processor.diagnostics;

/**
 * How a rule's finding is reported; {@link #NONE} silences it. Set per rule with {@code
 * -Ahubspot.severity.<id>}.
 */
public enum Severity {
  ERROR,
  WARNING,
  NOTE,
  NONE
}
