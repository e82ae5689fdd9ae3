package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeaturePlatformVersionRuleTest {

  private static final String RULE = "HS-FEATURE-PLATFORM-VERSION";

  @Test
  void bulkActionOnTheDefaultPlatformIsAnErrorOnTheAnnotation() {
    JavaFileObject action = AppSource.bulkAction("MyAction").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), action);

    assertRejected(
        compilation,
        action,
        RULE,
        "@CrmBulkAction needs platformVersion 2026.09-beta or later, but the app"
            + " uses 2026.03 (set platformVersion = PlatformVersion.V2026_09_BETA on @HubSpotApp)",
        "@CrmBulkAction");
  }

  @Test
  void bulkActionOnTheOldestPlatformNamesThatVersion() {
    JavaFileObject action = AppSource.bulkAction("MyAction").build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().with("platformVersion", "PlatformVersion.V2025_2").build(),
            action);

    assertRejected(
        compilation,
        action,
        RULE,
        "@CrmBulkAction needs platformVersion 2026.09-beta or later, but the app uses 2025.2",
        "@CrmBulkAction");
  }

  @Test
  void bulkActionOn2026_09BetaPasses() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.bulkActionApp().build(),
            AppSource.bulkAction("MyAction").build());

    assertSucceededWithout(compilation, RULE);
  }

  /** 2026.09, the generally available 2026.09-beta, and every later version. */
  @ParameterizedTest
  @ValueSource(strings = {"V2026_09", "V2027_03", "UNSTABLE"})
  void bulkActionOnLaterPlatformsPasses(String version) {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().with("platformVersion", "PlatformVersion." + version).build(),
            AppSource.bulkAction("MyAction").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void cardOnAnOlderPlatformPasses() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().with("platformVersion", "PlatformVersion.V2025_2").build(),
            AppSource.card("MyCard").build());

    assertSucceededWithout(compilation, RULE);
  }
}
