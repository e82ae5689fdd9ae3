package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AnnotationUnusedRuleTest {

  private static final String RULE = "HS-ANNOTATION-UNUSED";

  @Test
  void anAgentToolWithoutAWorkflowActionIsAWarningOnIt() {
    JavaFileObject tool =
        JavaFileObjects.forSourceLines(
            "test.Notify",
            "package test;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@AgentTool(toolType = ToolType.TAKE_ACTION, description = \"Sends a notification.\")",
            "public class Notify {}");

    assertSucceededWithWarning(
        compile(NO_FRONTEND, AppSource.valid().build(), tool),
        tool,
        RULE,
        "@AgentTool is written into no file on a type without @WorkflowAction: it adds to the @WorkflowAction of the"
            + " same type; add @WorkflowAction(...) here or remove @AgentTool",
        "@AgentTool(");
  }

  @Test
  void anAgentToolBesideItsWorkflowActionPasses() {
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .annotatedWith(
                "@AgentTool(toolType = ToolType.TAKE_ACTION, description = \"Sends a notification.\")")
            .body("  String message;")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action), RULE);
  }
}
