package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AuthMissingRuleTest {

  private static final String RULE = "HS-AUTH-MISSING";

  @Test
  void appWithoutAuthIsAnErrorOnHubSpotApp() {
    JavaFileObject source = AppSource.valid().withoutAuth().build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "@HubSpotApp needs @Auth on the same class: HubSpot requires config.auth"
            + " (type oauth or static, and the required scopes)",
        "@HubSpotApp");
  }

  @Test
  void appWithAuthPasses() {
    Compilation compilation = compile(AppSource.valid().build());

    assertSucceededWithout(compilation, RULE);
  }
}
