package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * The Java type of a field decides its HubSpot type; a Java type HubSpot has no field type for is
 * refused.
 */
final class FieldTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Fields field : Fields.all(project)) {
      if (!field.shape().isSupported()) {
        diagnostics.report(
            RuleId.FIELD_TYPE,
            field.origin(),
            field.kind()
                + " "
                + Quote.of(field.name().value())
                + " has Java type "
                + field.shape().javaType()
                + ", which has no HubSpot field type; use String, boolean, a number type, LocalDate, Instant (or"
                + " another java.time date-time), an enum, or a collection of an enum");
      }
    }
  }
}
