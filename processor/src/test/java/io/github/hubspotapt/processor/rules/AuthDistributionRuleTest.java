package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AuthDistributionRuleTest {

  private static final String RULE = "HS-AUTH-DISTRIBUTION";

  @Test
  void staticMarketplaceAppIsAnErrorOnTheAuthType() {
    JavaFileObject source =
        AppSource.valid()
            .withAuth("type", "AuthType.STATIC")
            .withoutAuthMember("redirectUrls")
            .build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "auth type static is only allowed for private apps, and marketplace apps must use oauth;"
            + " found static with distribution marketplace (use AuthType.OAUTH, or Distribution.PRIVATE)",
        ".STATIC");
  }

  @Test
  void staticPrivateAppPasses() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .with("distribution", "Distribution.PRIVATE")
                .withAuth("type", "AuthType.STATIC")
                .withoutAuthMember("redirectUrls")
                .build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void oauthPrivateAppPasses() {
    Compilation compilation =
        compile(AppSource.valid().with("distribution", "Distribution.PRIVATE").build());

    assertSucceededWithout(compilation, RULE);
  }
}
