package io.github.hubspotapt.spring;

import io.github.hubspotapt.runtime.servlet.HubSpotServlet;
import java.util.List;

/**
 * What an application builds its generated endpoints with, checked: the client secret (start-up
 * fails without one) and the HubSpot profile, from {@code hubspot.profile} or else the active
 * Spring profile of the same name.
 *
 * <pre>{@code
 * @Bean
 * HubSpotEndpoints hubSpotEndpoints(HubSpotSettings hubspot, Invoices invoices) {
 *   return AcmeInvoiceSyncAppEndpoints.builder()
 *       .clientSecret(hubspot.clientSecret())
 *       .profile(hubspot.profile(AcmeInvoiceSyncAppEndpoints.PROFILES))
 *       .dealWebhooks(new DealWebhooks(invoices))
 *       .createInvoice(invoices)
 *       .build();
 * }
 * }</pre>
 */
public final class HubSpotSettings {

  private final String clientSecret;
  private final String profile;
  private final List<String> activeSpringProfiles;
  private final int maxBodyBytes;

  /**
   * Settings.
   *
   * @param properties the bound {@code hubspot.*} properties
   * @param activeSpringProfiles the active Spring profiles
   * @throws HubSpotSetupException when the client secret is missing or the body limit is not
   *     positive
   */
  public HubSpotSettings(HubSpotProperties properties, List<String> activeSpringProfiles) {
    if (properties.clientSecret() == null || properties.clientSecret().isBlank()) {
      throw new HubSpotSetupException(
          "hubspot.client-secret is not set, so no HubSpot request can be verified",
          "Set hubspot.client-secret (or the environment variable HUBSPOT_CLIENT_SECRET) to the client secret on"
              + " the app's Auth tab in HubSpot, from a secret store rather than a file in source control.");
    }
    Integer limit = properties.maxBodyBytes();
    if (limit != null && (limit <= 0 || limit == Integer.MAX_VALUE)) {
      throw new HubSpotSetupException(
          "hubspot.max-body-bytes is " + limit + ", which no request body fits",
          "Set hubspot.max-body-bytes to a positive number of bytes, or remove it for the default, "
              + HubSpotServlet.DEFAULT_MAX_BODY_BYTES
              + ".");
    }
    this.clientSecret = properties.clientSecret();
    this.profile =
        properties.profile() == null || properties.profile().isBlank()
            ? null
            : properties.profile();
    this.activeSpringProfiles = List.copyOf(activeSpringProfiles);
    this.maxBodyBytes = limit == null ? HubSpotServlet.DEFAULT_MAX_BODY_BYTES : limit;
  }

  /**
   * The app's client secret, for the generated builder's {@code clientSecret(...)}.
   *
   * @return {@code hubspot.client-secret}
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * The HubSpot profile whose URLs HubSpot calls: {@code hubspot.profile}, or else the one active
   * Spring profile that the app declares as a HubSpot profile; {@code ""} for an app without
   * profiles.
   *
   * @param declared the app's profiles: the generated {@code <App>Endpoints.PROFILES}
   * @return the profile, for the generated builder's {@code profile(...)}
   * @throws HubSpotSetupException when {@code hubspot.profile} is not one of them, or it is not set
   *     and not exactly one of them is an active Spring profile
   */
  public String profile(List<String> declared) {
    String action =
        "Set hubspot.profile to one of "
            + declared
            + ", or activate exactly one of them as a Spring "
            + "profile.";
    if (profile != null) {
      if (!declared.contains(profile)) {
        throw new HubSpotSetupException(
            "hubspot.profile is "
                + profile
                + ", which the app does not declare"
                + (declared.isEmpty() ? " (it has no HubSpot profiles)" : ""),
            declared.isEmpty() ? "Remove hubspot.profile." : action);
      }
      return profile;
    }
    if (declared.isEmpty()) {
      return "";
    }
    List<String> active = activeSpringProfiles.stream().filter(declared::contains).toList();
    if (active.size() == 1) {
      return active.get(0);
    }
    throw new HubSpotSetupException(
        active.isEmpty()
            ? "No HubSpot profile chosen: hubspot.profile is not set, and none of the app's profiles "
                + declared
                + " is an active Spring profile (active: "
                + activeSpringProfiles
                + ")"
            : "No HubSpot profile chosen: hubspot.profile is not set, and several of the app's profiles are active "
                + "Spring profiles: "
                + active,
        action);
  }

  /**
   * The ceiling on every endpoint's request body, below which each endpoint's own limit applies (20
   * MiB for a webhook batch, 1 MiB for a workflow-action or options request).
   *
   * @return {@code hubspot.max-body-bytes}, by default 20 MiB: each endpoint's own limit
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** Never the secret. */
  @Override
  public String toString() {
    return "HubSpotSettings[profile=" + profile + ", maxBodyBytes=" + maxBodyBytes + "]";
  }
}
