package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FeatureDistributionRuleTest {

  private static final String RULE = "HS-FEATURE-DISTRIBUTION";

  private static final JavaFileObject EVENT = AppSource.appEvent("Registration").build();
  private static final JavaFileObject CAR = AppSource.appObject("Car").build();
  private static final JavaFileObject ASSOCIATION = AppSource.association("CarContact").build();

  private static AppSource staticPrivateApp() {
    return AppSource.privateStaticApp().withTimelineScope();
  }

  @Test
  void appEventInAStaticPrivateAppIsAnErrorOnTheAnnotation() {
    assertRejected(
        compile(NO_FRONTEND, staticPrivateApp().build(), EVENT),
        EVENT,
        RULE,
        "@AppEvent needs an oauth marketplace app, but the app is static / private",
        "@AppEvent(");
  }

  @Test
  void appObjectAndAssociationInAnOauthPrivateAppAreAnErrorOnEach() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().with("distribution", "Distribution.PRIVATE").build(),
            CAR,
            ASSOCIATION);

    assertRejected(
        compilation,
        CAR,
        RULE,
        "@AppObject needs an oauth marketplace app, but the app is oauth / private",
        "@AppObject(");
    assertError(
        compilation,
        ASSOCIATION,
        RULE,
        "@AppObjectAssociation needs an oauth marketplace app, but the app is oauth / private",
        "@AppObjectAssociation(");
  }

  @Test
  void oauthMarketplaceAppPasses() {
    assertPasses(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), EVENT, CAR, ASSOCIATION), RULE);
  }

  @Test
  void otherFeaturesOfAPrivateAppAreNotConcerned() {
    assertPasses(
        compile(
            NO_FRONTEND, staticPrivateApp().build(), AppSource.webhookSettings("Hooks").build()),
        RULE);
  }
}
