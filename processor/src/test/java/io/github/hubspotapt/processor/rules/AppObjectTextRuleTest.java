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

class AppObjectTextRuleTest {

  private static final String RULE = "HS-APP-OBJECT-TEXT";

  private static JavaFileObject object(String description, String singularForm, String pluralForm) {
    return source("Car",
        "@AppObject(",
        "    uid = \"car\",",
        "    name = \"CAR\",",
        "    description = " + description + ",",
        "    singularForm = " + singularForm + ",",
        "    pluralForm = " + pluralForm + ",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public record Car(",
        "    String model) {}");
  }

  @Test
  void emptyDescriptionIsAnErrorOnTheValue() {
    JavaFileObject object = object("\"\"", "\"Car\"", "\"Cars\"");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE, "@AppObject description is blank; HubSpot shows it to users", "\"\"");
    assertNothingWritten(compilation);
  }

  @Test
  void blankSingularAndPluralFormsAreAnErrorEach() {
    JavaFileObject object = object("\"Cars.\"", "\" \"", "\"\\t\"");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE, "@AppObject singularForm is blank; HubSpot shows it to users", "\" \"");
    assertError(compilation, object, RULE, "@AppObject pluralForm is blank; HubSpot shows it to users", "\"\\t\"");
    assertThat(compilation).hadErrorCount(2);
    assertNothingWritten(compilation);
  }

  @Test
  void oneCharacterTextsPass() {
    Compilation compilation = compile(app().build(), object("\"C\"", "\"C\"", "\"C\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
