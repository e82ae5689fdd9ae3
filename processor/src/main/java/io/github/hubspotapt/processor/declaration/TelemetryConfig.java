package io.github.hubspotapt.processor.declaration;

import io.github.hubspotapt.processor.model.ComponentType;

/** {@code @Telemetry}: where HubSpot sends the app's logs. */
public final class TelemetryConfig {

  public static final ConfigKey PROVIDER_TYPE = ConfigKey.enumValue("providerType");
  public static final ConfigKey DATASET_NAME = ConfigKey.string("datasetName").omittedWhenUnset();

  /** Empty lists mean "all" to HubSpot only when the key is absent. */
  public static final ConfigKey LOG_TYPES =
      ConfigKey.strings("logTypes").omittedWhenUnset().spelledBy("TelemetryLogType");

  public static final ConfigKey LOG_LEVELS = ConfigKey.strings("logLevels").omittedWhenUnset();

  public static final ComponentDeclaration DECLARATION =
      ComponentDeclaration.of(
          ComponentType.TELEMETRY, "Telemetry", PROVIDER_TYPE, DATASET_NAME, LOG_TYPES, LOG_LEVELS);

  private TelemetryConfig() {}
}
