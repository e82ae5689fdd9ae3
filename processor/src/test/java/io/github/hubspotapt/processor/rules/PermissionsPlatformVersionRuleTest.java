package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class PermissionsPlatformVersionRuleTest {

  private static final String RULE = "HS-PERMISSIONS-PLATFORM-VERSION";
  private static final String PERMISSIONS =
      "@Permissions(requiredScopes = \"crm.objects.contacts.read\")";

  private static JavaFileObject cardWith(String permissions) {
    return AppSource.card("MyCard").with("permissions", permissions).build();
  }

  private static AppSource app(String platformVersion) {
    return AppSource.valid().with("platformVersion", "PlatformVersion." + platformVersion);
  }

  @Test
  void permissionsOnTheDefaultPlatformAreAnErrorInTheParsersWords() {
    JavaFileObject card = cardWith(PERMISSIONS);

    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "The \"permissions\" field is not supported on platform version \"2026.03\". Upgrade to \"2026.09\" or later"
            + " to use component-level permissions. (@Card test.MyCard; set platformVersion = PlatformVersion.V2026_09"
            + " on @HubSpotApp)",
        PERMISSIONS);
  }

  @Test
  void permissionsOnTheOldestPlatformNameThatVersion() {
    JavaFileObject card = cardWith(PERMISSIONS);

    assertRejected(
        compile(NO_FRONTEND, app("V2025_2").build(), card),
        card,
        RULE,
        "The \"permissions\" field is not supported on platform version \"2025.2\".",
        PERMISSIONS);
  }

  @Test
  void permissionsOn2026_09BetaPass() {
    assertPasses(compile(NO_FRONTEND, app("V2026_09_BETA").build(), cardWith(PERMISSIONS)), RULE);
  }

  @Test
  void permissionsOn2026_09Pass() {
    assertPasses(compile(NO_FRONTEND, app("V2026_09").build(), cardWith(PERMISSIONS)), RULE);
  }

  @Test
  void emptyPermissionsOnAnOlderPlatformPassAsNothingIsWritten() {
    assertPasses(compile(NO_FRONTEND, AppSource.valid().build(), cardWith("@Permissions")), RULE);
  }
}
