package io.github.hubspotapt;

/**
 * The app features HubSpot's project parser (0.23.0) registers but publishes no configuration
 * format for: {@link ExperimentalFeature#type()}. Each names the feature's {@code type} value and
 * its folder below {@code src/app/}; those HubSpot allows once per project are marked.
 */
public enum ExperimentalFeatureType {
  /** {@code marketing-event}, in {@code marketing-events/}. */
  MARKETING_EVENT,
  /** {@code media-bridge}, in {@code media-bridge/}. */
  MEDIA_BRIDGE,
  /** {@code video-conferencing}, in {@code video-conferencing/}. */
  VIDEO_CONFERENCING,
  /** {@code calling}, in {@code calling/}; one per project. */
  CALLING,
  /** {@code webhooks-journal}, in {@code webhooks-journal/}; one per project. */
  WEBHOOKS_JOURNAL,
  /** {@code mcp-server}, in {@code mcp-server/}; one per project. */
  MCP_SERVER,
  /** {@code mcp-client}, in {@code mcp-client/}; one per project. */
  MCP_CLIENT,
  /** {@code api-client}, in {@code api-client/}; one per project. */
  API_CLIENT
}
