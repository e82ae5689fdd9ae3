package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FeatureSingleRuleTest {

  private static final String RULE = "HS-FEATURE-SINGLE";

  @Test
  void twoSettingsAreAnErrorOnEach() {
    JavaFileObject first = AppSource.settings("SettingsA").build();
    JavaFileObject second = AppSource.settings("SettingsB").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), first, second);

    assertThat(compilation).failed();
    String message =
        "an app has at most one @Settings, but 2 classes carry it: test.SettingsA, test.SettingsB";
    assertError(compilation, first, RULE, message, "@Settings");
    assertError(compilation, second, RULE, message, "@Settings");
    assertThat(compilation).hadErrorCount(2);
    assertNothingWritten(compilation);
  }

  /** The feature, its factory, the options and the app it needs. */
  static Stream<Arguments> twoOfASingularFeature() {
    return Stream.of(
        argumentSet(
            "twoPagesAreAnErrorOnEach",
            "Page",
            (Function<String, AppSource>) AppSource::page,
            NO_FRONTEND,
            AppSource.valid()),
        argumentSet(
            "twoTelemetriesAreAnErrorOnEach",
            "Telemetry",
            (Function<String, AppSource>) AppSource::telemetry,
            List.of(),
            AppSource.valid()),
        argumentSet(
            "twoScimsAreAnErrorOnEach",
            "Scim",
            (Function<String, AppSource>) AppSource::scim,
            List.of(),
            AppSource.privateStaticApp()));
  }

  @ParameterizedTest
  @MethodSource("twoOfASingularFeature")
  void twoOfASingularFeatureAreAnErrorOnEach(
      String feature, Function<String, AppSource> factory, List<String> options, AppSource app) {
    JavaFileObject first = factory.apply(feature + "A").build();
    JavaFileObject second = factory.apply(feature + "B").build();

    Compilation compilation = compile(options, app.build(), first, second);

    String message =
        "an app has at most one @"
            + feature
            + ", but 2 classes carry it: test."
            + feature
            + "A, test."
            + feature
            + "B";
    assertRejected(compilation, first, RULE, message, "@" + feature);
    assertError(compilation, second, RULE, message, "@" + feature);
  }

  /**
   * The parser's single-instance types hold for experimental features too; the message names the
   * type.
   */
  @Test
  void twoMcpServersAreAnErrorOnEachWhileTwoMarketingEventsPass() {
    JavaFileObject first = AppSource.experimental("McpA", "MCP_SERVER").build();
    JavaFileObject second = AppSource.experimental("McpB", "MCP_SERVER").build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            first,
            second,
            AppSource.experimental("EventsA", "MARKETING_EVENT").build(),
            AppSource.experimental("EventsB", "MARKETING_EVENT").build());

    String message =
        "an app has at most one @ExperimentalFeature(type = MCP_SERVER), but 2 classes carry it:"
            + " test.McpA, test.McpB";
    assertRejected(compilation, first, RULE, message, "@ExperimentalFeature");
    assertError(compilation, second, RULE, message, "@ExperimentalFeature");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void oneOfEachSingularFeatureAndTwoCardsPass() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.privateStaticApp().build(),
            AppSource.settings("MySettings").build(),
            AppSource.page("MyPage").build(),
            AppSource.telemetry("MyTelemetry").build(),
            AppSource.scim("MyScim").build(),
            AppSource.card("CardA").build(),
            AppSource.card("CardB").with("name", "\"Other Card\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
