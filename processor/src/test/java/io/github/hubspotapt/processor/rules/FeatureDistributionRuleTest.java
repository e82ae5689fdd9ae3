package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FeatureDistributionRuleTest {

  private static final String RULE = "HS-FEATURE-DISTRIBUTION";

  private static final JavaFileObject EVENT = source("Registration",
      "@AppEvent(",
      "    uid = \"registration\",",
      "    name = \"Registration\",",
      "    objectType = AppEventObjectType.CONTACT)",
      "public record Registration(",
      "    String webinarName) {}");

  private static final JavaFileObject CAR = source("Car",
      "@AppObject(",
      "    uid = \"car\",",
      "    name = \"CAR\",",
      "    description = \"Cars.\",",
      "    singularForm = \"Car\",",
      "    pluralForm = \"Cars\",",
      "    primaryDisplayLabelProperty = \"model\")",
      "public record Car(",
      "    String model) {}");

  private static final JavaFileObject ASSOCIATION = source("CarContact",
      "@AppObjectAssociation(",
      "    uid = \"car_contact\",",
      "    firstObject = Car.class,",
      "    secondObjectType = \"CONTACT\")",
      "public class CarContact {}");

  private static AppSource staticPrivateApp() {
    return app().with("distribution", "Distribution.PRIVATE")
        .withAuth("type", "AuthType.STATIC")
        .withoutAuthMember("redirectUrls");
  }

  @Test
  void appEventInAStaticPrivateAppIsAnErrorOnTheAnnotation() {
    Compilation compilation = compile(staticPrivateApp().build(), EVENT);

    assertThat(compilation).failed();
    assertError(compilation, EVENT, RULE, "@AppEvent needs an oauth marketplace app, but the app is static / private",
        "@AppEvent(");
    assertNothingWritten(compilation);
  }

  @Test
  void appObjectAndAssociationInAnOauthPrivateAppAreAnErrorOnEach() {
    Compilation compilation = compile(app().with("distribution", "Distribution.PRIVATE").build(), CAR, ASSOCIATION);

    assertThat(compilation).failed();
    assertError(compilation, CAR, RULE, "@AppObject needs an oauth marketplace app, but the app is oauth / private",
        "@AppObject(");
    assertError(compilation, ASSOCIATION, RULE,
        "@AppObjectAssociation needs an oauth marketplace app, but the app is oauth / private", "@AppObjectAssociation(");
    assertNothingWritten(compilation);
  }

  @Test
  void oauthMarketplaceAppPasses() {
    Compilation compilation = compile(app().build(), EVENT, CAR, ASSOCIATION);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void otherFeaturesOfAPrivateAppAreNotConcerned() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "public class Hooks {}");

    Compilation compilation = compile(staticPrivateApp().build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
