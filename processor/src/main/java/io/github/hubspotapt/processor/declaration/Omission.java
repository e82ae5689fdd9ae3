package io.github.hubspotapt.processor.declaration;

/**
 * When the processor leaves a config key out of the file. The import reads the key back the same
 * way: a value that the processor would leave out cannot come back from the Java, so the import
 * refuses it rather than dropping it.
 */
public enum Omission {
  /** Always written, default value included. */
  NEVER,
  /**
   * Left out when unset: an empty string or array, or {@code false}, which HubSpot reads as the
   * key's absence.
   */
  WHEN_UNSET,
  /** Written only when the source writes the member out, default value included. */
  UNLESS_WRITTEN
}
