package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Telemetry;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * HubSpot's telemetry docs list the log types and levels it sends. An unknown one is a warning (HubSpot adds types),
 * with the nearest documented name. One class, two instances: log types and log levels.
 */
final class TelemetryLogRule implements Rule {

  static final Set<String> LOG_TYPES = Set.of("CRM_LEGACY_CARD", "CRM_EXTENSIBILITY_CARD", "WEBHOOKS", "API_CALL",
      "APP_SETTINGS", "SERVERLESS_EXECUTION", "PROXY_EXECUTION", "EXTENSION_RENDER", "EXTENSION_LOG",
      "SERVERLESS_GATEWAY_EXECUTION", "DATA_FETCH", "ENDPOINT_FUNCTION", "APP_FUNCTION");
  static final Set<String> LOG_LEVELS = Set.of("ERROR", "WARN", "INFO");

  private final RuleId rule;
  private final String member;
  private final Set<String> allowed;
  private final Function<Telemetry, List<Located<String>>> values;

  private TelemetryLogRule(RuleId rule, String member, Set<String> allowed,
      Function<Telemetry, List<Located<String>>> values) {
    this.rule = rule;
    this.member = member;
    this.allowed = allowed;
    this.values = values;
  }

  static TelemetryLogRule logTypes() {
    return new TelemetryLogRule(RuleId.TELEMETRY_LOG_TYPE, "log type", LOG_TYPES, Telemetry::logTypes);
  }

  static TelemetryLogRule logLevels() {
    return new TelemetryLogRule(RuleId.TELEMETRY_LOG_LEVEL, "log level", LOG_LEVELS, Telemetry::logLevels);
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Telemetry telemetry : project.features(Telemetry.class)) {
      for (Located<String> value : values.apply(telemetry)) {
        if (!allowed.contains(value.value())) {
          diagnostics.report(rule, value.origin(),
              "telemetry " + member + " " + Quote.of(value.value()) + " is not one HubSpot documents ("
                  + String.join(", ", allowed.stream().sorted().toList()) + ")"
                  + Suggestions.didYouMean(value.value(), allowed));
        }
      }
    }
  }
}
