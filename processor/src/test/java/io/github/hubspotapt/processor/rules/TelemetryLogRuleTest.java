package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One rule class, two ids: HS-TELEMETRY-LOG-TYPE and HS-TELEMETRY-LOG-LEVEL. */
class TelemetryLogRuleTest {

  private static final String LOG_TYPE = "HS-TELEMETRY-LOG-TYPE";
  private static final String LOG_LEVEL = "HS-TELEMETRY-LOG-LEVEL";
  private static final String LOG_TYPES = "API_CALL, APP_FUNCTION, APP_SETTINGS, CRM_EXTENSIBILITY_CARD,"
      + " CRM_LEGACY_CARD, DATA_FETCH, ENDPOINT_FUNCTION, EXTENSION_LOG, EXTENSION_RENDER, PROXY_EXECUTION,"
      + " SERVERLESS_EXECUTION, SERVERLESS_GATEWAY_EXECUTION, WEBHOOKS";

  @Test
  void misspelledLogTypeIsAWarningOnThatElementWithTheNearestTypeSuggested() {
    JavaFileObject telemetry =
        FeatureSource.telemetry("MyTelemetry").with("logTypes", "{\"APP_FUNCTION\", \"WEBHOOK\"}").build();

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertThat(compilation).succeeded();
    assertWarning(compilation, telemetry, LOG_TYPE, "telemetry log type \"WEBHOOK\" is not one HubSpot documents ("
        + LOG_TYPES + ") (did you mean WEBHOOKS?)", "\"WEBHOOK\"");
    assertThat(compilation).hadWarningCount(1);
    assertNoDiagnostic(compilation, LOG_LEVEL);
  }

  @Test
  void unknownLogTypeFarFromEveryTypeHasNoSuggestion() {
    JavaFileObject telemetry = FeatureSource.telemetry("MyTelemetry").with("logTypes", "\"EVERYTHING\"").build();

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertThat(compilation).succeeded();
    assertWarning(compilation, telemetry, LOG_TYPE,
        "telemetry log type \"EVERYTHING\" is not one HubSpot documents (" + LOG_TYPES + ")", "\"EVERYTHING\"");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void lowerCaseLogLevelIsAWarningWithTheDocumentedLevelSuggested() {
    JavaFileObject telemetry =
        FeatureSource.telemetry("MyTelemetry").with("logLevels", "{\"ERROR\", \"warn\"}").build();

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertThat(compilation).succeeded();
    assertWarning(compilation, telemetry, LOG_LEVEL,
        "telemetry log level \"warn\" is not one HubSpot documents (ERROR, INFO, WARN) (did you mean WARN?)",
        "\"warn\"");
    assertThat(compilation).hadWarningCount(1);
    assertNoDiagnostic(compilation, LOG_TYPE);
  }

  @Test
  void unknownLogLevelIsAWarning() {
    JavaFileObject telemetry = FeatureSource.telemetry("MyTelemetry").with("logLevels", "\"DEBUG\"").build();

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertThat(compilation).succeeded();
    assertWarning(compilation, telemetry, LOG_LEVEL,
        "telemetry log level \"DEBUG\" is not one HubSpot documents (ERROR, INFO, WARN)", "\"DEBUG\"");
  }

  @Test
  void suppressWarningsSilencesOnlyTheNamedId() {
    JavaFileObject telemetry = FeatureSource.telemetry("MyTelemetry")
        .with("logTypes", "\"WEBHOOK\"")
        .with("logLevels", "\"DEBUG\"")
        .annotatedWith("@SuppressWarnings(\"hubspot:HS-TELEMETRY-LOG-TYPE\")")
        .build();

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, LOG_TYPE);
    assertWarning(compilation, telemetry, LOG_LEVEL, "telemetry log level \"DEBUG\"", "\"DEBUG\"");
    assertThat(compilation).hadWarningCount(1);
  }

  /** The values of the one public telemetry file, and no lists at all (HubSpot then sends everything). */
  @Test
  void documentedValuesPass() {
    Compilation compilation = compile(AppSource.valid().build(), FeatureSource.telemetry("MyTelemetry")
        .with("datasetName", "\"hubspot-central-brain\"")
        .with("logTypes", "{\"APP_FUNCTION\", \"ENDPOINT_FUNCTION\", \"WEBHOOKS\", \"SERVERLESS_GATEWAY_EXECUTION\"}")
        .with("logLevels", "{\"ERROR\", \"WARN\", \"INFO\"}")
        .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, LOG_TYPE);
    assertNoDiagnostic(compilation, LOG_LEVEL);

    compilation = compile(AppSource.valid().build(), FeatureSource.telemetry("MyTelemetry").build());

    assertThat(compilation).succeededWithoutWarnings();
  }
}
