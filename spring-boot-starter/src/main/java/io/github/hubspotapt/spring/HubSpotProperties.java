package io.github.hubspotapt.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code hubspot.*} properties, bound from any of Spring's property sources ({@code
 * application.properties}, the environment variables {@code HUBSPOT_CLIENT_SECRET} and {@code
 * HUBSPOT_PROFILE}, the command line). Applications read them through {@link HubSpotSettings},
 * which checks them.
 *
 * @param clientSecret the app's client secret (its Auth tab in HubSpot), which verifies HubSpot's
 *     signatures
 * @param profile the HubSpot profile whose URLs HubSpot calls; null to take the active Spring
 *     profile of that name
 * @param maxBodyBytes the ceiling on every endpoint's request body: a body is read up to the
 *     smaller of this and the endpoint's own limit (20 MiB for a webhook batch, 1 MiB for a
 *     workflow-action or options request); null for the servlet's default, 20 MiB, which leaves
 *     each endpoint's own limit
 */
@ConfigurationProperties("hubspot")
public record HubSpotProperties(String clientSecret, String profile, Integer maxBodyBytes) {

  /**
   * Whether the secret is set, never the secret: properties are printed by debug logs and actuator
   * endpoints.
   */
  @Override
  public String toString() {
    return "HubSpotProperties[clientSecret="
        + (clientSecret == null ? "(not set)" : "(set)")
        + ", profile="
        + profile
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
