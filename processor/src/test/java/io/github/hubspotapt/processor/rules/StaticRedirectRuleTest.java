package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class StaticRedirectRuleTest {

  private static final String RULE = "HS-AUTH-STATIC-REDIRECT";

  private static AppSource staticPrivateApp() {
    return AppSource.valid()
        .with("distribution", "Distribution.PRIVATE")
        .withAuth("type", "AuthType.STATIC");
  }

  @Test
  void redirectUrlOfAStaticAppIsAWarningOnTheValue() {
    JavaFileObject source = staticPrivateApp().build();

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        RULE,
        "redirect URL \"https://example.com/oauth/callback\" has no effect: static-auth apps have no OAuth redirect;"
            + " remove it, or use AuthType.OAUTH",
        "\"https://example.com/oauth/callback\"");
  }

  @Test
  void eachRedirectUrlOfAStaticAppIsWarnedAtItsOwnPosition() {
    JavaFileObject source =
        staticPrivateApp()
            .withAuth("redirectUrls", "{\"https://example.com/a\", \"https://example.com/b\"}")
            .build();

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        RULE,
        "redirect URL \"https://example.com/a\" has no effect",
        "\"https://example.com/a\"");
    assertWarning(
        compilation,
        source,
        RULE,
        "redirect URL \"https://example.com/b\" has no effect",
        "\"https://example.com/b\"");
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void ignoredRedirectUrlIsLeftOutOfTheWrittenFile() {
    Compilation compilation = compile(staticPrivateApp().build());

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/src/app/app-hsmeta.json")
        .contentsAsUtf8String()
        .doesNotContain("redirectUrls");
  }

  @Test
  void staticAppWithoutRedirectUrlsPasses() {
    assertPasses(compile(staticPrivateApp().withoutAuthMember("redirectUrls").build()), RULE);
  }

  @Test
  void oauthAppWithRedirectUrlPasses() {
    Compilation compilation = compile(AppSource.valid().build());

    assertSucceededWithout(compilation, RULE);
  }
}
