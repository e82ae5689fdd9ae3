package io.github.hubspotapt;

/**
 * Telemetry log types for {@link Telemetry#logTypes()}, e.g. {@code logTypes =
 * TelemetryLogType.APP_FUNCTION}.
 *
 * <p>The log types HubSpot's telemetry docs list, the list the processor checks against ({@code
 * HS-TELEMETRY-LOG-TYPE}). HubSpot adds log types, so a plain string keeps working; one that is not
 * listed here is a warning. A line here says which log the name stands for.
 */
public final class TelemetryLogType {

  /** Logs of legacy CRM cards. */
  public static final String CRM_LEGACY_CARD = "CRM_LEGACY_CARD";

  /** Logs of app cards (UI extensions) on CRM records. */
  public static final String CRM_EXTENSIBILITY_CARD = "CRM_EXTENSIBILITY_CARD";

  /** Logs of webhook deliveries. */
  public static final String WEBHOOKS = "WEBHOOKS";

  /** Logs of API calls. */
  public static final String API_CALL = "API_CALL";

  /** Logs of the app's settings page. */
  public static final String APP_SETTINGS = "APP_SETTINGS";

  /** Logs of serverless function runs. */
  public static final String SERVERLESS_EXECUTION = "SERVERLESS_EXECUTION";

  /** Logs of proxied requests. */
  public static final String PROXY_EXECUTION = "PROXY_EXECUTION";

  /** Logs of UI extension renders. */
  public static final String EXTENSION_RENDER = "EXTENSION_RENDER";

  /** Log output of UI extensions. */
  public static final String EXTENSION_LOG = "EXTENSION_LOG";

  /** Logs of serverless function runs through the serverless gateway. */
  public static final String SERVERLESS_GATEWAY_EXECUTION = "SERVERLESS_GATEWAY_EXECUTION";

  /** Logs of data fetches. */
  public static final String DATA_FETCH = "DATA_FETCH";

  /** Logs of app function runs through their endpoint. */
  public static final String ENDPOINT_FUNCTION = "ENDPOINT_FUNCTION";

  /** Logs of app function runs. */
  public static final String APP_FUNCTION = "APP_FUNCTION";

  /** Constants only. */
  private TelemetryLogType() {}
}
