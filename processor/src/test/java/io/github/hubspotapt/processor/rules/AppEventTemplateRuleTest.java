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

class AppEventTemplateRuleTest {

  private static final String RULE = "HS-APP-EVENT-TEMPLATE";

  private static JavaFileObject event(String headerTemplate, String detailTemplate) {
    return source("Registration",
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = \"Registration\",",
        "    objectType = AppEventObjectType.CONTACT,",
        "    headerTemplate = \"" + headerTemplate + "\",",
        "    detailTemplate = \"" + detailTemplate + "\")",
        "public record Registration(",
        "    String webinarName) {}");
  }

  @Test
  void headerTemplateOf1001CharactersIsAnErrorOnTheValue() {
    JavaFileObject event = event("h".repeat(1001), "Registered");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "headerTemplate is 1001 characters long; HubSpot allows at most 1000",
        "\"" + "h".repeat(1001) + "\"");
    assertNothingWritten(compilation);
  }

  @Test
  void headerTemplateOfExactly1000CharactersPasses() {
    Compilation compilation = compile(app().build(), event("h".repeat(1000), "Registered"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void detailTemplateOf10001CharactersIsAnErrorOnTheValue() {
    JavaFileObject event = event("Registered", "d".repeat(10_001));

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "detailTemplate is 10001 characters long; HubSpot allows at most 10000",
        "\"" + "d".repeat(10_001) + "\"");
    assertNothingWritten(compilation);
  }

  @Test
  void detailTemplateOfExactly10000CharactersPasses() {
    Compilation compilation = compile(app().build(), event("Registered", "d".repeat(10_000)));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void tokensCountAsTheCharactersTheyAre() {
    String header = "{{webinarName}}" + "h".repeat(1000 - "{{webinarName}}".length() + 1);
    JavaFileObject event = event(header, "Registered");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "headerTemplate is 1001 characters long", "\"" + header + "\"");
    assertNothingWritten(compilation);
  }
}
