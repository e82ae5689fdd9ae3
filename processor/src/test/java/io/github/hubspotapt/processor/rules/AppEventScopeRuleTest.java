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

class AppEventScopeRuleTest {

  private static final String RULE = "HS-APP-EVENT-SCOPE";

  private static final JavaFileObject EVENT = source("Registration",
      "@AppEvent(",
      "    uid = \"registration\",",
      "    name = \"Registration\",",
      "    objectType = AppEventObjectType.CONTACT)",
      "public record Registration(",
      "    String webinarName) {}");

  @Test
  void appEventsWithoutTheTimelineScopeAreAnErrorOnAuth() {
    JavaFileObject app = AppSource.valid().build();

    Compilation compilation = compile(app, EVENT);

    assertThat(compilation).failed();
    assertError(compilation, app, RULE, "the app declares app events, so requiredScopes must include \"timeline\"",
        "@Auth(");
    assertNothingWritten(compilation);
  }

  @Test
  void timelineAsAnOptionalScopeIsNotEnough() {
    JavaFileObject app = AppSource.valid().withAuth("optionalScopes", "\"timeline\"").build();

    Compilation compilation = compile(app, EVENT);

    assertThat(compilation).failed();
    assertError(compilation, app, RULE, "the app declares app events, so requiredScopes must include \"timeline\"",
        "@Auth(");
    assertNothingWritten(compilation);
  }

  @Test
  void timelineAsARequiredScopePasses() {
    Compilation compilation = compile(app().build(), EVENT);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void appWithoutAppEventsNeedsNoTimelineScope() {
    Compilation compilation = compile(AppSource.valid().build());

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
