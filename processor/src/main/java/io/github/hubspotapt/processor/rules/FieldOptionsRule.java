package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's enumeration fields list their options (SPEC 23 #40: enumeration inputs need {@code
 * options} or an {@code optionsUrl}), and an enum's constants are the options. An enum without
 * constants would give an {@code enumeration} without options, which offers nothing to choose, so
 * it is refused unless an input field fetches its options from its {@code optionsUrl}.
 */
final class FieldOptionsRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Fields field : Fields.all(project)) {
      if ("enumeration".equals(field.shape().type())
          && field.shape().options().isEmpty()
          && !field.optionsElsewhere()) {
        diagnostics.report(
            RuleId.FIELD_OPTIONS,
            field.origin(),
            field.kind()
                + " "
                + Quote.of(field.name().value())
                + " has Java type "
                + field.shape().javaType()
                + ", whose enum has no constants, so its HubSpot enumeration would have no options; give the enum at"
                + " least one constant"
                + (field.optionsUrl() != null ? ", or the field an optionsUrl" : ""));
      }
    }
  }
}
