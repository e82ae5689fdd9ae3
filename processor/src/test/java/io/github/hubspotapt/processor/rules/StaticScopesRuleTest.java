package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class StaticScopesRuleTest {

  private static final String RULE = "HS-AUTH-STATIC-SCOPES";

  private static AppSource staticPrivateApp() {
    return AppSource.valid()
        .with("distribution", "Distribution.PRIVATE")
        .withAuth("type", "AuthType.STATIC")
        .withoutAuthMember("redirectUrls");
  }

  @Test
  void optionalScopeOfAStaticAppIsAWarningOnTheScope() {
    JavaFileObject source =
        staticPrivateApp().withAuth("optionalScopes", "\"crm.objects.contacts.write\"").build();

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        RULE,
        "scope \"crm.objects.contacts.write\" in optionalScopes is not granted to a static-auth app;"
            + " static apps can only use requiredScopes",
        "\"crm.objects.contacts.write\"");
  }

  @Test
  void conditionallyRequiredScopeOfAStaticAppIsAWarning() {
    JavaFileObject source =
        staticPrivateApp()
            .withAuth("conditionallyRequiredScopes", "{\"crm.objects.deals.read\"}")
            .build();

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        RULE,
        "scope \"crm.objects.deals.read\" in conditionallyRequiredScopes is not granted to a static-auth app",
        "\"crm.objects.deals.read\"");
  }

  @Test
  void staticAppWithOnlyRequiredScopesPasses() {
    assertPasses(compile(staticPrivateApp().build()), RULE);
  }

  @Test
  void oauthAppMayUseOptionalScopes() {
    Compilation compilation =
        compile(
            AppSource.valid().withAuth("optionalScopes", "\"crm.objects.contacts.write\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
