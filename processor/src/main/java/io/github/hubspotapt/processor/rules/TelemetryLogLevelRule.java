package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Telemetry;
import io.github.hubspotapt.processor.vocabulary.TelemetryLogs;

/**
 * HubSpot's telemetry log levels are a closed set, written in upper case: ERROR, WARN, INFO and
 * DEBUG.
 */
final class TelemetryLogLevelRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Telemetry telemetry : project.features(Telemetry.class)) {
      for (Located<String> level : telemetry.logLevels()) {
        if (!TelemetryLogs.LOG_LEVELS.contains(level.value())) {
          diagnostics.report(
              RuleId.TELEMETRY_LOG_LEVEL,
              level.origin(),
              "telemetry log level "
                  + Quote.of(level.value())
                  + " is not a HubSpot log level; allowed: "
                  + String.join(", ", TelemetryLogs.LOG_LEVELS)
                  + Suggestions.didYouMean(level.value(), TelemetryLogs.LOG_LEVELS));
        }
      }
    }
  }
}
