package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FeatureSingleRuleTest {

  private static final String RULE = "HS-FEATURE-SINGLE";

  @Test
  void twoSettingsAreAnErrorOnEach() {
    JavaFileObject first = AppSource.settings("SettingsA").build();
    JavaFileObject second = AppSource.settings("SettingsB").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), first, second);

    assertThat(compilation).failed();
    String message = "an app has at most one @Settings, but 2 classes carry it: test.SettingsA, test.SettingsB";
    assertError(compilation, first, RULE, message, "@Settings");
    assertError(compilation, second, RULE, message, "@Settings");
    assertThat(compilation).hadErrorCount(2);
    assertNothingWritten(compilation);
  }

  @Test
  void twoPagesAreAnErrorOnEach() {
    JavaFileObject first = AppSource.page("PageA").build();
    JavaFileObject second = AppSource.page("PageB").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), first, second);

    assertThat(compilation).failed();
    String message = "an app has at most one @Page, but 2 classes carry it: test.PageA, test.PageB";
    assertError(compilation, first, RULE, message, "@Page");
    assertError(compilation, second, RULE, message, "@Page");
    assertNothingWritten(compilation);
  }

  @Test
  void twoTelemetriesAreAnErrorOnEach() {
    JavaFileObject first = AppSource.telemetry("TelemetryA").build();
    JavaFileObject second = AppSource.telemetry("TelemetryB").build();

    Compilation compilation = compile(AppSource.valid().build(), first, second);

    assertThat(compilation).failed();
    String message = "an app has at most one @Telemetry, but 2 classes carry it: test.TelemetryA, test.TelemetryB";
    assertError(compilation, first, RULE, message, "@Telemetry");
    assertError(compilation, second, RULE, message, "@Telemetry");
    assertNothingWritten(compilation);
  }

  @Test
  void twoScimsAreAnErrorOnEach() {
    JavaFileObject first = AppSource.scim("ScimA").build();
    JavaFileObject second = AppSource.scim("ScimB").build();

    Compilation compilation = compile(AppSource.privateStaticApp().build(), first, second);

    assertThat(compilation).failed();
    String message = "an app has at most one @Scim, but 2 classes carry it: test.ScimA, test.ScimB";
    assertError(compilation, first, RULE, message, "@Scim");
    assertError(compilation, second, RULE, message, "@Scim");
    assertNothingWritten(compilation);
  }

  @Test
  void oneOfEachSingularFeatureAndTwoCardsPass() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.privateStaticApp().build(),
        AppSource.settings("MySettings").build(),
        AppSource.page("MyPage").build(),
        AppSource.telemetry("MyTelemetry").build(),
        AppSource.scim("MyScim").build(),
        AppSource.card("CardA").build(),
        AppSource.card("CardB").with("name", "\"Other Card\"").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }
}
