package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.WorkflowAction;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import java.util.Locale;

/**
 * Workflow actions name object types in upper case ({@code CONTACT}, {@code LINE_ITEM}), unlike
 * cards; a lower-case or plural name is the card spelling and does not match in workflows.
 */
final class WorkflowObjectTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      for (Located<String> objectType : action.objectTypes()) {
        String value = objectType.value();
        if (!ObjectTypeSyntax.isWorkflowObjectType(value)) {
          String upper =
              value.toUpperCase(Locale.ROOT).replaceAll("IES$", "Y").replaceAll("S$", "");
          diagnostics.report(
              RuleId.WORKFLOW_OBJECT_TYPE,
              objectType.origin(),
              "workflow object type "
                  + Quote.of(value)
                  + " is not an upper-case object name (did you mean "
                  + upper
                  + "?)");
        }
      }
    }
  }
}
