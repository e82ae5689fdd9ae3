package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AuthWithoutAppRuleTest {

  private static final String RULE = "HS-AUTH-WITHOUT-APP";

  @Test
  void authOnAClassWithoutHubSpotAppIsAnErrorOnThatAuth() {
    JavaFileObject app = AppSource.valid().build();
    JavaFileObject stray = AppSource.valid("Stray").withoutApp().build();

    Compilation compilation = compile(app, stray);

    assertRejected(
        compilation,
        stray,
        RULE,
        "@Auth must be on the class that carries @HubSpotApp, but test.Stray has no @HubSpotApp",
        "@Auth");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void authNextToHubSpotAppPasses() {
    Compilation compilation = compile(AppSource.valid().build());

    assertSucceededWithout(compilation, RULE);
  }
}
