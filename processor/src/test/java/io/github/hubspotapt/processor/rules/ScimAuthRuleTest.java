package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ScimAuthRuleTest {

  private static final String RULE = "HS-SCIM-AUTH";

  @Test
  void scimOnAnOauthMarketplaceAppIsAnErrorOnTheScim() {
    JavaFileObject scim = AppSource.scim("MyScim").build();

    Compilation compilation = compile(AppSource.valid().build(), scim);

    assertRejected(
        compilation,
        scim,
        RULE,
        "@Scim needs a static-auth private app, but the app is oauth / marketplace",
        "@Scim");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void scimOnAnOauthPrivateAppIsAnError() {
    JavaFileObject scim = AppSource.scim("MyScim").build();

    Compilation compilation =
        compile(AppSource.valid().with("distribution", "Distribution.PRIVATE").build(), scim);

    assertRejected(
        compilation,
        scim,
        RULE,
        "@Scim needs a static-auth private app, but the app is oauth / private",
        "@Scim");
  }

  @Test
  void scimOnAStaticPrivateAppPasses() {
    Compilation compilation =
        compile(
            AppSource.privateStaticApp().build(),
            AppSource.scim("MyScim").with("roleSyncEnabled", "true").build());

    assertSucceededWithout(compilation, RULE);
  }
}
