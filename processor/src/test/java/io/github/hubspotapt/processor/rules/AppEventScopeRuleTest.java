package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppEventScopeRuleTest {

  private static final String RULE = "HS-APP-EVENT-SCOPE";

  private static final JavaFileObject EVENT = AppSource.appEvent("Registration").build();

  static Stream<Arguments> appsWithoutTheRequiredTimelineScope() {
    return Stream.of(
        argumentSet("appEventsWithoutTheTimelineScopeAreAnErrorOnAuth", AppSource.valid()),
        argumentSet(
            "timelineAsAnOptionalScopeIsNotEnough",
            AppSource.valid().withAuth("optionalScopes", "\"timeline\"")));
  }

  @ParameterizedTest
  @MethodSource("appsWithoutTheRequiredTimelineScope")
  void appEventsNeedTheTimelineScopeRequired(AppSource source) {
    JavaFileObject app = source.build();

    assertRejected(
        compile(NO_FRONTEND, app, EVENT),
        app,
        RULE,
        "the app declares app events, so requiredScopes must include \"timeline\"",
        "@Auth(");
  }

  @Test
  void timelineAsARequiredScopePasses() {
    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), EVENT), RULE);
  }

  @Test
  void appWithoutAppEventsNeedsNoTimelineScope() {
    assertPasses(compile(NO_FRONTEND, AppSource.valid().build()), RULE);
  }
}
