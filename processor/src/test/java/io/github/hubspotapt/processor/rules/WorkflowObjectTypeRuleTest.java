package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WorkflowObjectTypeRuleTest {

  private static final String RULE = "HS-WORKFLOW-OBJECT-TYPE";

  private static JavaFileObject action(String... objectTypes) {
    String[] lines = new String[objectTypes.length + 9];
    lines[0] = "@WorkflowAction(";
    lines[1] = "    uid = \"notify\",";
    lines[2] = "    actionUrl = \"https://example.com/actions/notify\",";
    lines[3] = "    objectTypes = {";
    for (int i = 0; i < objectTypes.length; i++) {
      lines[4 + i] = "        \"" + objectTypes[i] + "\"" + (i == objectTypes.length - 1 ? "}," : ",");
    }
    int i = 4 + objectTypes.length;
    lines[i++] = "    labels = @ActionLabels(";
    lines[i++] = "        actionName = \"Notify\"))";
    lines[i++] = "public class Notify {";
    lines[i++] = "  String message;";
    lines[i] = "}";
    return AppSource.javaFile("Notify", lines);
  }

  @Test
  void pluralCardSpellingIsAnErrorOnThatElementWithTheWorkflowNameSuggested() {
    JavaFileObject action = action("CONTACT", "deals");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "workflow object type \"deals\" is not an upper-case object name (did you mean DEAL?)", "\"deals\"");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void pluralInIesBecomesY() {
    JavaFileObject action = action("companies");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "workflow object type \"companies\" is not an upper-case object name (did you mean COMPANY?)", "\"companies\"");
    assertNothingWritten(compilation);
  }

  @Test
  void mixedCaseIsAnError() {
    JavaFileObject action = action("Line_Item");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "workflow object type \"Line_Item\" is not an upper-case object name (did you mean LINE_ITEM?)", "\"Line_Item\"");
    assertNothingWritten(compilation);
  }

  @Test
  void upperCaseNamesAndCustomObjectsPass() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action("CONTACT", "LINE_ITEM", "p_cars", "2-123456"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
