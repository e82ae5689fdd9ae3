package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND_FUNCTIONS;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FunctionDistributionRuleTest {

  private static final String RULE = "HS-FUNCTION-DISTRIBUTION";

  private static AppSource privateOauthApp(String platformVersion) {
    return AppSource.valid()
        .with("distribution", "Distribution.PRIVATE")
        .with("platformVersion", "PlatformVersion." + platformVersion);
  }

  @Test
  void functionOfAMarketplaceAppIsAnErrorOnTheFunction() {
    JavaFileObject function = AppSource.appFunction("MyFunction").build();

    Compilation compilation = compile(NO_FRONTEND_FUNCTIONS, AppSource.valid().build(), function);

    assertRejected(
        compilation,
        function,
        RULE,
        "@AppFunction is not available to marketplace apps; app functions need distribution private",
        "@AppFunction");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void functionOfAnOauthPrivateAppOnTheDefaultPlatformIsAnError() {
    JavaFileObject function = AppSource.appFunction("MyFunction").build();

    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            AppSource.valid().with("distribution", "Distribution.PRIVATE").build(),
            function);

    assertRejected(
        compilation,
        function,
        RULE,
        "@AppFunction needs a static-auth app on platform 2026.03 (from"
            + " 2026.03-beta on, functions are for static auth only); use AuthType.STATIC, or platform 2025.2",
        "@AppFunction");
  }

  @Test
  void functionOfAnOauthPrivateAppOn2026_03BetaIsAnError() {
    JavaFileObject function = AppSource.appFunction("MyFunction").build();

    Compilation compilation =
        compile(NO_FRONTEND_FUNCTIONS, privateOauthApp("V2026_03_BETA").build(), function);

    assertRejected(
        compilation,
        function,
        RULE,
        "@AppFunction needs a static-auth app on platform 2026.03-beta",
        "@AppFunction");
  }

  @Test
  void functionOfAnOauthPrivateAppOn2025_2Passes() {
    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            privateOauthApp("V2025_2").build(),
            AppSource.appFunction("MyFunction").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void functionOfAStaticPrivateAppPasses() {
    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            AppSource.privateStaticApp().build(),
            AppSource.appFunction("MyFunction").build());

    assertSucceededWithout(compilation, RULE);
  }
}
