package io.github.hubspotapt.processor.model;

import java.util.Set;

/**
 * {@code config.distribution}, mirroring {@code io.github.hubspotapt.Distribution} by constant
 * name.
 */
public enum Distribution {
  MARKETPLACE("marketplace"),
  PRIVATE("private");

  private final String json;

  Distribution(String json) {
    this.json = json;
  }

  /** The value HubSpot expects in the file. */
  public String json() {
    return json;
  }

  /** Every constant: what a component type allows when it restricts nothing. */
  public static Set<Distribution> all() {
    return Set.of(values());
  }
}
