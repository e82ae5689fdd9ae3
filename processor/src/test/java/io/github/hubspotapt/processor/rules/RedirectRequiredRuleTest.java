package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RedirectRequiredRuleTest {

  private static final String RULE = "HS-AUTH-REDIRECT-REQUIRED";
  private static final String MESSAGE =
      "an oauth app needs at least one redirect URL, found none; add"
          + " redirectUrls = \"https://...\" (or \"http://localhost:3000\" while developing)";

  @Test
  void oauthAppWithoutRedirectUrlsIsAnErrorOnAuth() {
    JavaFileObject source = AppSource.valid().withoutAuthMember("redirectUrls").build();

    assertRejected(compile(source), source, RULE, MESSAGE, "@Auth");
  }

  @Test
  void oauthAppWithEmptyRedirectUrlsIsAnError() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "{}").build();

    assertRejected(compile(source), source, RULE, MESSAGE, "@Auth");
  }

  @Test
  void oauthAppWithOneRedirectUrlPasses() {
    Compilation compilation = compile(AppSource.valid().build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void staticAppWithoutRedirectUrlsPasses() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .with("distribution", "Distribution.PRIVATE")
                .withAuth("type", "AuthType.STATIC")
                .withoutAuthMember("redirectUrls")
                .build());

    assertSucceededWithout(compilation, RULE);
  }
}
