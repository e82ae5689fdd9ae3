package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HubSpot documents user-level apps from platform 2026.09 on, but documents no rejection before it,
 * and its parser accepts them on any version (a real project written during the beta uses them on
 * 2025.2): a warning.
 */
class AppUserLevelRuleTest {

  private static final String RULE = "HS-APP-USER-LEVEL";

  private static AppSource userLevelApp() {
    return AppSource.valid().with("userLevel", "true");
  }

  @Test
  void userLevelOnThe2025_2PlatformOfTheBetaIsAWarningOnTheValue() {
    JavaFileObject app = userLevelApp().with("platformVersion", "PlatformVersion.V2025_2").build();

    Compilation compilation = compile(NO_FRONTEND, app);

    assertSucceededWithWarning(
        compilation,
        app,
        RULE,
        "@HubSpotApp userLevel = true on platformVersion 2025.2:"
            + " HubSpot documents user-level apps from 2026.09 on, a beta before it; its parser accepts isUserLevel on"
            + " 2025.2 and no rejection there is documented, so this may work only while the beta lasts (set"
            + " platformVersion = PlatformVersion.V2026_09 on @HubSpotApp)",
        "true");
  }

  @Test
  void userLevelOnTheDefaultPlatformIsAWarning() {
    JavaFileObject app = userLevelApp().build();

    assertSucceededWithWarning(
        compile(NO_FRONTEND, app),
        app,
        RULE,
        "@HubSpotApp userLevel = true on platformVersion 2026.03: HubSpot documents user-level apps from 2026.09",
        "true");
  }

  @Test
  void userLevelOnThe2026_09BetaIsAWarning() {
    JavaFileObject app =
        userLevelApp().with("platformVersion", "PlatformVersion.V2026_09_BETA").build();

    assertSucceededWithWarning(
        compile(NO_FRONTEND, app),
        app,
        RULE,
        "@HubSpotApp userLevel = true on platformVersion 2026.09-beta",
        "true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"V2026_09", "V2027_03_BETA", "UNSTABLE"})
  void userLevelFrom2026_09OnPasses(String version) {
    assertPasses(
        compile(
            NO_FRONTEND,
            userLevelApp().with("platformVersion", "PlatformVersion." + version).build()),
        RULE);
  }

  @Test
  void anAccountLevelAppOnAnOlderPlatformPasses() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.valid()
                .with("userLevel", "false")
                .with("platformVersion", "PlatformVersion.V2025_2")
                .build()),
        RULE);
  }
}
