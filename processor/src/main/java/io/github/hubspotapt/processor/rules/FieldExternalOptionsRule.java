package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.WorkflowAction;

/**
 * HubSpot's property docs: {@code externalOptions} applies only to enumerations, whose options are
 * then another object's records (owners). Nothing says HubSpot refuses it elsewhere, so on another
 * type it is a warning.
 */
final class FieldExternalOptionsRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      for (OutputField field : action.outputFields()) {
        String type = field.shape().type();
        if (Boolean.TRUE.equals(field.externalOptions().value())
            && type != null
            && !"enumeration".equals(type)) {
          diagnostics.report(
              RuleId.FIELD_EXTERNAL_OPTIONS,
              field.externalOptions().origin(),
              "externalOptions = true on output field "
                  + Quote.of(field.name().value())
                  + " of type "
                  + type
                  + " (Java type "
                  + field.shape().javaType()
                  + "); HubSpot's property docs apply externalOptions only"
                  + " to enumeration fields, whose options are owners: remove it, or use an enum type");
        }
      }
    }
  }
}
