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

class AppObjectNameRuleTest {

  private static final String RULE = "HS-APP-OBJECT-NAME";

  private static JavaFileObject object(String name) {
    return source("Car",
        "@AppObject(",
        "    uid = \"car\",",
        "    name = \"" + name + "\",",
        "    description = \"Cars.\",",
        "    singularForm = \"Vehicle\",",
        "    pluralForm = \"Vehicles\",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public record Car(",
        "    String model) {}");
  }

  @Test
  void capitalizedNameIsAnErrorOnTheValueWithTheUpperSnakeFormSuggested() {
    JavaFileObject object = object("Car");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE, "app object name \"Car\" is not UPPER_SNAKE_CASE (did you mean CAR?)",
        "\"Car\"");
    assertNothingWritten(compilation);
  }

  @Test
  void camelCaseNameIsSplitIntoWords() {
    JavaFileObject object = object("sportsCar");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE,
        "app object name \"sportsCar\" is not UPPER_SNAKE_CASE (did you mean SPORTS_CAR?)", "\"sportsCar\"");
    assertNothingWritten(compilation);
  }

  @Test
  void doubleUnderscoreIsAnError() {
    JavaFileObject object = object("SPORTS__CAR");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE,
        "app object name \"SPORTS__CAR\" is not UPPER_SNAKE_CASE (did you mean SPORTS_CAR?)", "\"SPORTS__CAR\"");
    assertNothingWritten(compilation);
  }

  @Test
  void trailingUnderscoreIsAnError() {
    JavaFileObject object = object("CAR_");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE, "app object name \"CAR_\" is not UPPER_SNAKE_CASE (did you mean CAR?)",
        "\"CAR_\"");
    assertNothingWritten(compilation);
  }

  @Test
  void leadingDigitIsAnError() {
    JavaFileObject object = object("4X4");

    Compilation compilation = compile(app().build(), object);

    assertThat(compilation).failed();
    assertError(compilation, object, RULE, "app object name \"4X4\" is not UPPER_SNAKE_CASE", "\"4X4\"");
    assertNothingWritten(compilation);
  }

  @Test
  void upperSnakeCaseNamesPass() {
    for (String name : new String[] {"CAR", "SPORTS_CAR", "CAR2", "A"}) {
      Compilation compilation = compile(app().build(), object(name));

      assertThat(compilation).succeededWithoutWarnings();
      assertNoDiagnostic(compilation, RULE);
    }
  }
}
