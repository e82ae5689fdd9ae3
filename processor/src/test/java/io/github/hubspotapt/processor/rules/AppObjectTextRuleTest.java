package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppObjectTextRuleTest {

  private static final String RULE = "HS-APP-OBJECT-TEXT";

  private static JavaFileObject object(String description, String singularForm, String pluralForm) {
    return AppSource.appObject("Car")
        .with("description", description)
        .with("singularForm", singularForm)
        .with("pluralForm", pluralForm)
        .build();
  }

  @Test
  void emptyDescriptionIsAnErrorOnTheValue() {
    JavaFileObject object = object("\"\"", "\"Car\"", "\"Cars\"");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), object),
        object,
        RULE,
        "@AppObject description is blank; HubSpot shows it to users",
        "\"\"");
  }

  @Test
  void blankSingularAndPluralFormsAreAnErrorEach() {
    JavaFileObject object = object("\"Cars.\"", "\" \"", "\"\\t\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), object);

    assertRejected(
        compilation,
        object,
        RULE,
        "@AppObject singularForm is blank; HubSpot shows it to users",
        "\" \"");
    assertError(
        compilation,
        object,
        RULE,
        "@AppObject pluralForm is blank; HubSpot shows it to users",
        "\"\\t\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void oneCharacterTextsPass() {
    assertPasses(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), object("\"C\"", "\"C\"", "\"C\"")),
        RULE);
  }
}
