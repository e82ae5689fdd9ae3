package io.github.hubspotapt.maven.importer;

/**
 * The reason given for HubSpot files that annotations being added to hubspot-apt will write (profiles, with
 * {@code @Profile}); until then they are findings like anything else the annotations cannot express.
 */
final class Pending {

  static final String MEMBER = "annotation member not available yet";

  private Pending() {}
}
