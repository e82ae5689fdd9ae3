package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Telemetry;
import io.github.hubspotapt.processor.vocabulary.TelemetryLogs;
import io.github.hubspotapt.processor.vocabulary.Vocabulary;
import java.util.List;

/**
 * HubSpot's telemetry docs list the log types it sends, all upper-case names of letters and '_'. A
 * value of another shape is never a log type (an error); a well-formed one the docs do not list is
 * a warning, since HubSpot adds log types, with the nearest documented one.
 */
final class TelemetryLogTypeRule implements Rule {

  private static final String LISTED =
      String.join(", ", TelemetryLogs.LOG_TYPES.stream().sorted().toList());

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Telemetry telemetry : project.features(Telemetry.class)) {
      check(telemetry.logTypes(), diagnostics);
    }
  }

  private static void check(List<Located<String>> logTypes, Diagnostics diagnostics) {
    for (Located<String> logType : logTypes) {
      String value = logType.value();
      if (!TelemetryLogs.isWellFormedLogType(value)) {
        diagnostics.report(
            RuleId.TELEMETRY_LOG_TYPE_FORMAT,
            logType.origin(),
            "telemetry log type "
                + Quote.of(value)
                + " is not a log type name: HubSpot's log types are upper-case"
                + " letters and '_' ("
                + LISTED
                + ")"
                + Suggestions.didYouMean(
                    value, TelemetryLogs.LOG_TYPES, Vocabulary.TELEMETRY_LOG_TYPE::constant));
      } else if (!TelemetryLogs.LOG_TYPES.contains(value)) {
        diagnostics.report(
            RuleId.TELEMETRY_LOG_TYPE,
            logType.origin(),
            "telemetry log type "
                + Quote.of(value)
                + " is not one HubSpot documents ("
                + LISTED
                + ")"
                + Suggestions.didYouMean(
                    value, TelemetryLogs.LOG_TYPES, Vocabulary.TELEMETRY_LOG_TYPE::constant)
                + "; it is either newer than HubSpot's telemetry docs or rejected at upload");
      }
    }
  }
}
