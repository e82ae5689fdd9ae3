package io.github.hubspotapt.processor.vocabulary;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** HubSpot's telemetry docs: the log types it sends and the log levels, all upper case. */
public final class TelemetryLogs {

  /** The log types HubSpot documents; it adds log types over time. */
  public static final Set<String> LOG_TYPES =
      Set.of(
          "CRM_LEGACY_CARD",
          "CRM_EXTENSIBILITY_CARD",
          "WEBHOOKS",
          "API_CALL",
          "APP_SETTINGS",
          "SERVERLESS_EXECUTION",
          "PROXY_EXECUTION",
          "EXTENSION_RENDER",
          "EXTENSION_LOG",
          "SERVERLESS_GATEWAY_EXECUTION",
          "DATA_FETCH",
          "ENDPOINT_FUNCTION",
          "APP_FUNCTION");

  /** The log levels, a closed set, in the order messages list them. */
  public static final List<String> LOG_LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG");

  /** Every documented log type is upper-case letters and '_'. */
  private static final Pattern LOG_TYPE_FORMAT = Pattern.compile("[A-Z_]+");

  private TelemetryLogs() {}

  public static boolean isWellFormedLogType(String logType) {
    return LOG_TYPE_FORMAT.matcher(logType).matches();
  }
}
