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

class WorkflowExecutionRuleRuleTest {

  private static final String RULE = "HS-WORKFLOW-EXECUTION-RULE";

  /** {@code conditions} is the Java expression of the conditions member. */
  private static JavaFileObject action(String conditions) {
    return AppSource.javaFile("Notify",
        "@WorkflowAction(",
        "    uid = \"notify\",",
        "    actionUrl = \"https://example.com/actions/notify\",",
        "    executionRules = @ExecutionRule(",
        "        labelName = \"exists\",",
        "        conditions = " + conditions + "),",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        executionRules = @FieldText(name = \"exists\", text = \"Already there\")))",
        "public class Notify {",
        "  String message;",
        "}");
  }

  @Test
  void jsonArrayIsAnErrorOnTheValue() {
    JavaFileObject action = action("\"[\\\"ALREADY_EXISTS\\\"]\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "conditions \"[\\\"ALREADY_EXISTS\\\"]\" of execution rule \"exists\" are not a JSON object,"
            + " e.g. \"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\"",
        "\"[\\\"ALREADY_EXISTS\\\"]\"");
    assertNothingWritten(compilation);
  }

  @Test
  void malformedJsonIsAnError() {
    JavaFileObject action = action("\"{errorCode: ALREADY_EXISTS}\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "conditions \"{errorCode: ALREADY_EXISTS}\" of execution rule \"exists\" are not a JSON object",
        "\"{errorCode: ALREADY_EXISTS}\"");
    assertNothingWritten(compilation);
  }

  @Test
  void emptyConditionsAreAnError() {
    JavaFileObject action = action("\"\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "conditions \"\" of execution rule \"exists\" are not a JSON object",
        "\"\")");
    assertNothingWritten(compilation);
  }

  @Test
  void jsonObjectPasses() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action("\"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
