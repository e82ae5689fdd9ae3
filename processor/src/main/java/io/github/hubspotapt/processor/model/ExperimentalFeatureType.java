package io.github.hubspotapt.processor.model;

/**
 * {@code io.github.hubspotapt.ExperimentalFeatureType}, mirrored by constant name: the parser-only
 * feature types, each with its {@link ComponentType}.
 */
public enum ExperimentalFeatureType {
  MARKETING_EVENT(ComponentType.MARKETING_EVENT),
  MEDIA_BRIDGE(ComponentType.MEDIA_BRIDGE),
  VIDEO_CONFERENCING(ComponentType.VIDEO_CONFERENCING),
  CALLING(ComponentType.CALLING),
  WEBHOOKS_JOURNAL(ComponentType.WEBHOOKS_JOURNAL),
  MCP_SERVER(ComponentType.MCP_SERVER),
  MCP_CLIENT(ComponentType.MCP_CLIENT),
  API_CLIENT(ComponentType.API_CLIENT);

  private final ComponentType componentType;

  ExperimentalFeatureType(ComponentType componentType) {
    this.componentType = componentType;
  }

  public ComponentType componentType() {
    return componentType;
  }
}
