package io.github.hubspotapt.processor.model;

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
}
