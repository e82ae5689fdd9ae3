package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Telemetry;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HubSpot's telemetry docs list the log types it sends, all upper-case names of letters and '_'. A value of another
 * shape is never a log type (an error); a well-formed one the docs do not list is a warning, since HubSpot adds log
 * types, with the nearest documented one.
 */
final class TelemetryLogTypeRule implements Rule {

  static final Set<String> DOCUMENTED = Set.of("CRM_LEGACY_CARD", "CRM_EXTENSIBILITY_CARD", "WEBHOOKS",
      "API_CALL", "APP_SETTINGS", "SERVERLESS_EXECUTION", "PROXY_EXECUTION", "EXTENSION_RENDER", "EXTENSION_LOG",
      "SERVERLESS_GATEWAY_EXECUTION", "DATA_FETCH", "ENDPOINT_FUNCTION", "APP_FUNCTION");
  private static final String LISTED = String.join(", ", DOCUMENTED.stream().sorted().toList());
  private static final Pattern FORMAT = Pattern.compile("[A-Z_]+");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Telemetry telemetry : project.features(Telemetry.class)) {
      check(telemetry.logTypes(), diagnostics);
    }
  }

  private static void check(List<Located<String>> logTypes, Diagnostics diagnostics) {
    for (Located<String> logType : logTypes) {
      String value = logType.value();
      if (!FORMAT.matcher(value).matches()) {
        diagnostics.report(RuleId.TELEMETRY_LOG_TYPE_FORMAT, logType.origin(),
            "telemetry log type " + Quote.of(value) + " is not a log type name: HubSpot's log types are upper-case"
                + " letters and '_' (" + LISTED + ")" + Suggestions.didYouMean(value, DOCUMENTED));
      } else if (!DOCUMENTED.contains(value)) {
        diagnostics.report(RuleId.TELEMETRY_LOG_TYPE, logType.origin(),
            "telemetry log type " + Quote.of(value) + " is not one HubSpot documents (" + LISTED + ")"
                + Suggestions.didYouMean(value, DOCUMENTED)
                + "; it is either newer than HubSpot's telemetry docs or rejected at upload");
      }
    }
  }
}
