package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.HashSet;
import java.util.Set;

/**
 * HubSpot's automation API: labels are keyed by locale, {@code en} is required, each with an
 * actionName.
 */
final class WorkflowLabelsRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      Set<String> locales = new HashSet<>();
      for (ActionLabels labels : action.labels()) {
        String locale = labels.locale().value();
        if (locale != null && !locales.add(locale)) {
          diagnostics.report(
              RuleId.WORKFLOW_LABELS,
              labels.locale().origin(),
              "labels for locale " + Quote.of(locale) + " are given twice; give each locale once");
        }
        if (labels.actionName().value() != null && labels.actionName().value().isBlank()) {
          diagnostics.report(
              RuleId.WORKFLOW_LABELS,
              labels.actionName().origin(),
              "actionName is blank; it is the action's name in the workflow editor");
        }
      }
      if (!locales.contains("en")) {
        diagnostics.report(
            RuleId.WORKFLOW_LABELS,
            action.origin(),
            "@WorkflowAction needs labels for locale \"en\" (found: "
                + String.join(", ", locales.stream().sorted().toList())
                + "); add @ActionLabels(actionName = \"...\")");
      }
    }
  }
}
