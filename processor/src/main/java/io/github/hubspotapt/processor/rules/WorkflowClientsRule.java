package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WorkflowAction;

/**
 * A workflow action is offered to workflows, to agents ({@code @AgentTool}), or both; an agent tool
 * describes itself to the agent ({@code llmConfig.actionDescription}).
 */
final class WorkflowClientsRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      boolean workflows = !Boolean.FALSE.equals(action.workflows().value());
      if (!workflows && action.agentTool() == null) {
        diagnostics.report(
            RuleId.WORKFLOW_CLIENTS,
            action.workflows().origin(),
            "@WorkflowAction with workflows = false is offered to no client; add @AgentTool, or offer it to workflows");
      }
      if (action.agentTool() != null
          && action.agentTool().description().value() != null
          && action.agentTool().description().value().isBlank()) {
        diagnostics.report(
            RuleId.WORKFLOW_CLIENTS,
            action.agentTool().description().origin(),
            "@AgentTool description is blank; agents choose tools by it, so say what the tool does and when to use it");
      }
    }
  }
}
