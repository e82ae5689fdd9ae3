package io.github.hubspotapt;

/** Where {@link Telemetry} sends logs. Credentials are configured in HubSpot, never in the project. */
public enum TelemetryProvider {
  SENTRY,
  HONEYCOMB
}
