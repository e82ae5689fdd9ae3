package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppMissingRuleTest {

  private static final String RULE = "HS-APP-MISSING";

  @Test
  void cardWithoutAnyAppIsAnErrorOnTheCard() {
    JavaFileObject card = AppSource.card("MyCard").build();

    Compilation compilation = compile(NO_FRONTEND, card);

    assertRejected(
        compilation,
        card,
        RULE,
        "@Card on test.MyCard needs an app, but no class of this compilation"
            + " carries @HubSpotApp; HubSpot features are children of the app",
        "@Card");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyFeatureWithoutAnAppIsReported() {
    JavaFileObject card = AppSource.card("MyCard").build();
    JavaFileObject settings = AppSource.settings("MySettings").build();

    Compilation compilation = compile(NO_FRONTEND, card, settings);

    assertRejected(compilation, card, RULE, "@Card on test.MyCard needs an app", "@Card");
    assertError(
        compilation, settings, RULE, "@Settings on test.MySettings needs an app", "@Settings");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void featureBesideAnAppInAnotherClassPasses() {
    Compilation compilation =
        compile(NO_FRONTEND, AppSource.valid().build(), AppSource.card("MyCard").build());

    assertSucceededWithout(compilation, RULE);
  }
}
