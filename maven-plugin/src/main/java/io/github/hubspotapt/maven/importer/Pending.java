package io.github.hubspotapt.maven.importer;

/**
 * The reason given for HubSpot fields that annotation members being added to hubspot-apt will write; until then
 * they are findings like any other field the annotations cannot express.
 */
final class Pending {

  static final String MEMBER = "annotation member not available yet";

  private Pending() {}

  /** Refuses each of {@code keys} that {@code fields} has, as not available yet. */
  static void refuse(JsonFields fields, String... keys) {
    for (String key : keys) {
      if (fields.has(key)) {
        fields.raw(key);
        fields.refuse(key, MEMBER);
      }
    }
  }
}
