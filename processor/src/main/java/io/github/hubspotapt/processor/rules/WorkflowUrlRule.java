package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.WorkflowAction;

/**
 * HubSpot calls a workflow action's actionUrl and optionsUrls from its servers: public https URLs
 * only.
 */
final class WorkflowUrlRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      check(action.actionUrl(), "actionUrl", diagnostics);
      for (InputField field : action.inputFields()) {
        if (field.optionsUrl().value() != null && !field.optionsUrl().value().isEmpty()) {
          check(field.optionsUrl(), "optionsUrl of " + field.name().value(), diagnostics);
        }
      }
    }
  }

  private static void check(Located<String> url, String what, Diagnostics diagnostics) {
    String value = url.value();
    if (value != null && !Urls.isPublicHttpsUrl(value)) {
      diagnostics.report(
          RuleId.WORKFLOW_URL,
          url.origin(),
          what
              + " "
              + Quote.of(value)
              + " is not a public https:// URL; HubSpot calls it from its servers");
    }
  }
}
