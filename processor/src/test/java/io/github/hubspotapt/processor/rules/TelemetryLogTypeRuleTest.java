package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two ids: HS-TELEMETRY-LOG-TYPE-FORMAT (not a log type name, an error) and HS-TELEMETRY-LOG-TYPE
 * (undocumented).
 */
class TelemetryLogTypeRuleTest {

  private static final String FORMAT = "HS-TELEMETRY-LOG-TYPE-FORMAT";
  private static final String UNKNOWN = "HS-TELEMETRY-LOG-TYPE";
  private static final String LOG_TYPES =
      "API_CALL, APP_FUNCTION, APP_SETTINGS, CRM_EXTENSIBILITY_CARD,"
          + " CRM_LEGACY_CARD, DATA_FETCH, ENDPOINT_FUNCTION, EXTENSION_LOG, EXTENSION_RENDER, PROXY_EXECUTION,"
          + " SERVERLESS_EXECUTION, SERVERLESS_GATEWAY_EXECUTION, WEBHOOKS";
  private static final String UNDOCUMENTED =
      "; it is either newer than HubSpot's telemetry docs or rejected at upload";

  private static JavaFileObject telemetry(String logTypes) {
    return AppSource.telemetry("MyTelemetry").with("logTypes", logTypes).build();
  }

  @Test
  void logTypeWithAHyphenIsAnErrorOnThatElementWithTheDocumentedTypeSuggested() {
    JavaFileObject telemetry = telemetry("{\"APP_FUNCTION\", \"DATA-FETCH\"}");

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertRejected(
        compilation,
        telemetry,
        FORMAT,
        "telemetry log type \"DATA-FETCH\" is not a log type name: HubSpot's"
            + " log types are upper-case letters and '_' ("
            + LOG_TYPES
            + ") (did you mean DATA_FETCH, TelemetryLogType.DATA_FETCH?)",
        "\"DATA-FETCH\"");
    assertThat(compilation).hadErrorCount(1);
    assertNoDiagnostic(compilation, UNKNOWN);
  }

  @Test
  void emptyAndLowerCaseLogTypesAreErrors() {
    JavaFileObject telemetry = telemetry("{\"\", \"webhooks\"}");

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertFailedWith(
        compilation, telemetry, FORMAT, "telemetry log type \"\" is not a log type name", "\"\"");
    assertError(
        compilation,
        telemetry,
        FORMAT,
        "telemetry log type \"webhooks\" is not a log type name: HubSpot's log types are upper-case letters and '_'"
            + " ("
            + LOG_TYPES
            + ") (did you mean WEBHOOKS, TelemetryLogType.WEBHOOKS?)",
        "\"webhooks\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void wellFormedButUndocumentedLogTypeStaysAWarningThatSaysWhy() {
    JavaFileObject telemetry = telemetry("\"CUSTOM_THING\"");

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertSucceededWithWarning(
        compilation,
        telemetry,
        UNKNOWN,
        "telemetry log type \"CUSTOM_THING\" is not one HubSpot documents ("
            + LOG_TYPES
            + ")"
            + UNDOCUMENTED,
        "\"CUSTOM_THING\"");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT))
        .doesNotContain("did you mean");
    assertNoDiagnostic(compilation, FORMAT);
  }

  @Test
  void misspelledLogTypeIsAWarningWithTheNearestTypeSuggested() {
    JavaFileObject telemetry = telemetry("\"WEBHOOK\"");

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertSucceededWithWarning(
        compilation,
        telemetry,
        UNKNOWN,
        "telemetry log type \"WEBHOOK\" is not one HubSpot documents ("
            + LOG_TYPES
            + ") (did you mean WEBHOOKS, TelemetryLogType.WEBHOOKS?)"
            + UNDOCUMENTED,
        "\"WEBHOOK\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressWarningsSilencesTheUndocumentedLogType() {
    Compilation compilation =
        compile(
            AppSource.valid().build(),
            AppSource.telemetry("MyTelemetry")
                .with("logTypes", "\"CUSTOM_THING\"")
                .annotatedWith("@SuppressWarnings(\"hubspot:HS-TELEMETRY-LOG-TYPE\")")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * The values of the one public telemetry file and of HubSpot's docs, and no list at all (HubSpot
   * sends all).
   */
  @Test
  void documentedLogTypesPass() {
    Compilation compilation =
        compile(
            AppSource.valid().build(),
            telemetry(
                "{\"APP_FUNCTION\", \"ENDPOINT_FUNCTION\","
                    + " \"WEBHOOKS\", \"SERVERLESS_GATEWAY_EXECUTION\", \"API_CALL\", \"EXTENSION_LOG\", \"EXTENSION_RENDER\","
                    + " \"DATA_FETCH\", \"APP_SETTINGS\", \"CRM_LEGACY_CARD\"}"));

    assertPasses(compilation, FORMAT);
    assertNoDiagnostic(compilation, UNKNOWN);

    compilation = compile(AppSource.valid().build(), AppSource.telemetry("MyTelemetry").build());

    assertThat(compilation).succeededWithoutWarnings();
  }
}
