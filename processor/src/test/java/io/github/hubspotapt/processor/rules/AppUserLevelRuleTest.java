package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppUserLevelRuleTest {

  private static final String RULE = "HS-APP-USER-LEVEL";

  private static AppSource userLevelApp() {
    return AppSource.valid().with("userLevel", "true");
  }

  @Test
  void userLevelOnTheDefaultPlatformIsAnErrorOnTheValue() {
    JavaFileObject app = userLevelApp().build();

    assertRejected(compile(NO_FRONTEND, app), app, RULE, "@HubSpotApp userLevel = true needs platformVersion 2026.09"
        + " or later, where HubSpot introduces user-level apps, but the app uses 2026.03 (set platformVersion ="
        + " PlatformVersion.V2026_09 on @HubSpotApp)", "true");
  }

  @Test
  void userLevelOnThe2026_09BetaIsAnError() {
    JavaFileObject app = userLevelApp().with("platformVersion", "PlatformVersion.V2026_09_BETA").build();

    assertRejected(compile(NO_FRONTEND, app), app, RULE, "@HubSpotApp userLevel = true needs platformVersion 2026.09"
        + " or later, where HubSpot introduces user-level apps, but the app uses 2026.09-beta", "true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"V2026_09", "V2027_03_BETA", "UNSTABLE"})
  void userLevelFrom2026_09OnPasses(String version) {
    assertPasses(compile(NO_FRONTEND, userLevelApp().with("platformVersion", "PlatformVersion." + version).build()),
        RULE);
  }

  @Test
  void anAccountLevelAppOnAnOlderPlatformPasses() {
    assertPasses(compile(NO_FRONTEND, AppSource.valid().with("userLevel", "false")
        .with("platformVersion", "PlatformVersion.V2025_2").build()), RULE);
  }
}
