package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class TelemetryLogLevelRuleTest {

  private static final String RULE = "HS-TELEMETRY-LOG-LEVEL";
  private static final String ALLOWED =
      " is not a HubSpot log level; allowed: ERROR, WARN, INFO, DEBUG";

  private static JavaFileObject telemetry(String logLevels) {
    return AppSource.telemetry("MyTelemetry").with("logLevels", logLevels).build();
  }

  @Test
  void lowerCaseLogLevelIsAnErrorOnThatElementWithTheLevelSuggested() {
    JavaFileObject telemetry = telemetry("{\"ERROR\", \"warn\"}");

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertRejected(
        compilation,
        telemetry,
        RULE,
        "telemetry log level \"warn\"" + ALLOWED + " (did you mean WARN?)",
        "\"warn\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void traceIsAnError() {
    JavaFileObject telemetry = telemetry("\"TRACE\"");

    Compilation compilation = compile(AppSource.valid().build(), telemetry);

    assertFailedWith(
        compilation, telemetry, RULE, "telemetry log level \"TRACE\"" + ALLOWED, "\"TRACE\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void everyHubSpotLevelPasses() {
    assertPasses(
        compile(AppSource.valid().build(), telemetry("{\"ERROR\", \"WARN\", \"INFO\", \"DEBUG\"}")),
        RULE);
  }
}
