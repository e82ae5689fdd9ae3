package io.github.hubspotapt.processor.model;

import java.util.List;

/** {@code @Telemetry}. {@code providerType} is the constant name, which is also HubSpot's value. */
public record Telemetry(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> providerType,
    Located<String> datasetName,
    List<Located<String>> logTypes,
    List<Located<String>> logLevels)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.TELEMETRY;
  }
}
