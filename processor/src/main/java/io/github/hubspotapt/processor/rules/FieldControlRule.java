package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.diagnostics.Suggestions;

/** An explicit {@code fieldType} is one of HubSpot's field controls (the automation and properties APIs' list). */
final class FieldControlRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Fields field : Fields.all(project)) {
      String control = field.fieldType() == null ? null : field.fieldType().value();
      if (control != null && !control.isEmpty() && !field.controls().contains(control)) {
        diagnostics.report(RuleId.FIELD_CONTROL, field.fieldType().origin(),
            "fieldType " + Quote.of(control) + " of " + field.kind() + " " + Quote.of(field.name().value())
                + " is not a HubSpot field control; allowed: "
                + String.join(", ", field.controls().stream().sorted().toList())
                + Suggestions.didYouMean(control, field.controls()));
      }
    }
  }
}
