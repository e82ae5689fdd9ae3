package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppEventNameRuleTest {

  private static final String RULE = "HS-APP-EVENT-NAME";

  private static JavaFileObject event(String name) {
    return source("Registration",
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = " + name + ",",
        "    objectType = AppEventObjectType.CONTACT)",
        "public record Registration(",
        "    String webinarName) {}");
  }

  @Test
  void nameOf51CharactersIsAnErrorOnTheValue() {
    String name = "n".repeat(51);
    JavaFileObject event = event("\"" + name + "\"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE,
        "@AppEvent name is 51 characters long; HubSpot allows 1 to 50 characters: \"" + name + "\"", "\"" + name + "\"");
    assertNothingWritten(compilation);
  }

  @Test
  void lengthIsCountedInCodePoints() {
    String name = "\uD83D\uDE00".repeat(51);
    JavaFileObject event = event("\"" + name + "\"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "@AppEvent name is 51 characters long; HubSpot allows 1 to 50 characters",
        "\"" + name + "\"");
    assertNothingWritten(compilation);
  }

  @Test
  void emptyNameIsAnError() {
    JavaFileObject event = event("\"\"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "@AppEvent name is blank; HubSpot allows 1 to 50 characters: \"\"",
        "\"\"");
    assertNothingWritten(compilation);
  }

  @Test
  void blankNameIsAnError() {
    JavaFileObject event = event("\"   \"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE,
        "@AppEvent name is blank; HubSpot allows 1 to 50 characters: \"   \"", "\"   \"");
    assertNothingWritten(compilation);
  }

  @Test
  void nameOfExactly50CharactersPasses() {
    Compilation compilation = compile(app().build(), event("\"" + "n".repeat(50) + "\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void nameOfOneCharacterPasses() {
    Compilation compilation = compile(app().build(), event("\"n\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void fiftyCodePointsOutsideTheBmpPass() {
    Compilation compilation = compile(app().build(), event("\"" + "\uD83D\uDE00".repeat(50) + "\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
