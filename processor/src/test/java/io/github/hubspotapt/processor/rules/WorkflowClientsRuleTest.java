package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WorkflowClientsRuleTest {

  private static final String RULE = "HS-WORKFLOW-CLIENTS";

  /** {@code agentTool}: the lines of an {@code @AgentTool} on the action's class, or none. */
  private static JavaFileObject action(String workflows, String... agentTool) {
    return AppSource.workflowAction("Notify")
        .with("workflows", workflows)
        .annotatedWith(agentTool)
        .body("  String message;")
        .build();
  }

  @Test
  void actionOfferedToNoClientIsAnErrorOnWorkflowsFalse() {
    JavaFileObject action = action("false");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "@WorkflowAction with workflows = false is offered to no client; add @AgentTool, or offer it to workflows",
        "false");
  }

  @Test
  void blankAgentToolDescriptionIsAnErrorOnTheValue() {
    JavaFileObject action =
        action(
            "true",
            "@AgentTool(",
            "    toolType = ToolType.TAKE_ACTION,",
            "    description = \" \")");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "@AgentTool description is blank; agents choose tools by it, so say what the tool does and when to use it",
        "\" \"");
  }

  @Test
  void agentOnlyToolPasses() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            action(
                "false",
                "@AgentTool(",
                "    toolType = ToolType.GENERATE,",
                "    description = \"Sends a notification to the record's owner.\")")),
        RULE);
  }

  @Test
  void workflowOnlyActionPasses() {
    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action("true")), RULE);
  }
}
