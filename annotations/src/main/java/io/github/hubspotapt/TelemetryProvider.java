package io.github.hubspotapt;

/**
 * Where {@link Telemetry} sends logs: {@link Telemetry#providerType()}, written as {@code
 * config.providerType}. Credentials are configured in HubSpot, never in the project. HubSpot's
 * newer docs also mention a custom back end (beta), whose configuration is not published and is not
 * offered here.
 */
public enum TelemetryProvider {
  /** Sentry; written as {@code SENTRY}. */
  SENTRY,
  /** Honeycomb; written as {@code HONEYCOMB}. */
  HONEYCOMB
}
