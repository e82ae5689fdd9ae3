package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.ExecutionRule;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WorkflowAction;
import io.github.hubspotapt.processor.write.JsonText;

/**
 * An execution rule's conditions are written into the file as JSON, so they must be a JSON object.
 */
final class WorkflowExecutionRuleRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      for (ExecutionRule rule : action.executionRules()) {
        String conditions = rule.conditions().value();
        if (conditions != null && !JsonText.isObject(conditions)) {
          diagnostics.report(
              RuleId.WORKFLOW_EXECUTION_RULE,
              rule.conditions().origin(),
              "conditions "
                  + Quote.of(conditions)
                  + " of execution rule "
                  + Quote.of(rule.labelName().value())
                  + " are not a JSON object, e.g. \"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\"");
        }
      }
    }
  }
}
