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

class WorkflowClientsRuleTest {

  private static final String RULE = "HS-WORKFLOW-CLIENTS";

  private static JavaFileObject action(String workflows, String... agentTool) {
    String[] lines = new String[agentTool.length + 9];
    System.arraycopy(agentTool, 0, lines, 0, agentTool.length);
    int i = agentTool.length;
    lines[i++] = "@WorkflowAction(";
    lines[i++] = "    uid = \"notify\",";
    lines[i++] = "    actionUrl = \"https://example.com/actions/notify\",";
    lines[i++] = "    workflows = " + workflows + ",";
    lines[i++] = "    labels = @ActionLabels(";
    lines[i++] = "        actionName = \"Notify\"))";
    lines[i++] = "public class Notify {";
    lines[i++] = "  String message;";
    lines[i] = "}";
    return AppSource.javaFile("Notify", lines);
  }

  @Test
  void actionOfferedToNoClientIsAnErrorOnWorkflowsFalse() {
    JavaFileObject action = action("false");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "@WorkflowAction with workflows = false is offered to no client; add @AgentTool, or offer it to workflows",
        "false");
    assertNothingWritten(compilation);
  }

  @Test
  void blankAgentToolDescriptionIsAnErrorOnTheValue() {
    JavaFileObject action = action("true",
        "@AgentTool(",
        "    toolType = ToolType.TAKE_ACTION,",
        "    description = \" \")");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "@AgentTool description is blank; agents choose tools by it, so say what the tool does and when to use it",
        "\" \"");
    assertNothingWritten(compilation);
  }

  @Test
  void agentOnlyToolPasses() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action("false",
        "@AgentTool(",
        "    toolType = ToolType.GENERATE,",
        "    description = \"Sends a notification to the record's owner.\")"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void workflowOnlyActionPasses() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action("true"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
