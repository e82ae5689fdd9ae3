package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class ProjectNameRuleTest {

  private static final String RULE = "HS-PROJECT-NAME";

  @Test
  void blankProjectNameIsAnErrorOnTheValue() {
    JavaFileObject source = AppSource.valid().with("projectName", "\"   \"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "projectName \"   \" is blank; give a name, or leave it out to use the app name",
        "\"   \"");
  }

  @Test
  void tabOnlyProjectNameIsShownEscaped() {
    JavaFileObject source = AppSource.valid().with("projectName", "\"\\t\"").build();

    assertFailedWith(compile(source), source, RULE, "projectName \"\\u0009\" is blank", "\"\\t\"");
  }

  @Test
  void emptyProjectNameFallsBackToTheAppName() {
    JavaFileObject source = AppSource.valid().with("projectName", "\"\"").build();

    Compilation compilation = compile(source);

    assertSucceededWithout(compilation, RULE);
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/hsproject.json")
        .contentsAsUtf8String()
        .contains("\"name\": \"Test App\"");
  }

  @Test
  void singleCharacterProjectNamePasses() {
    Compilation compilation = compile(AppSource.valid().with("projectName", "\"p\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
