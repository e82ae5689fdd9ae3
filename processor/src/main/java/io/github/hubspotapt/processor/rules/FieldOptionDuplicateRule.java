package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An option's value is the identity of the choice: HubSpot's custom workflow action docs say "Each
 * option must have a value, based on the input the user provides, and a label", the value is what
 * HubSpot stores and sends back, and a CRM enumeration property (an app object's, an app event's)
 * is understood to need a unique internal value per option (HubSpot's docs do not say so in as many
 * words; integrators' notes do). Two constants of one enum with one value, after {@code @Option}'s
 * defaults (the constant's name) and each profile's values, would be written as two options HubSpot
 * cannot tell apart, and the generated execution reader could not map the value back to one
 * constant (its map of value to constant would fail as the class loads): an error on the second
 * option's value, or its constant where the value is the default. Two options with one label
 * (HS-FIELD-OPTION-LABEL-DUPLICATE) are only a warning: the file stays unambiguous, but HubSpot
 * would show two choices that look the same.
 */
final class FieldOptionDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (List<Option> options : FieldOptions.of(project)) {
      Map<String, Option> byValue = new HashMap<>();
      Map<String, Option> byLabel = new HashMap<>();
      for (Option option : options) {
        String value = option.value().value();
        if (value == null) {
          continue;
        }
        Option earlier = byValue.putIfAbsent(value, option);
        if (earlier != null) {
          diagnostics.report(
              RuleId.FIELD_OPTION_DUPLICATE,
              FieldOptions.at(option, option.value()),
              "option value "
                  + Quote.of(value)
                  + " of "
                  + FieldOptions.name(option)
                  + " is already the value of "
                  + FieldOptions.name(earlier)
                  + "; HubSpot tells options apart by their value, so give each constant a value"
                  + " of its own with @Option(value = ...)");
          continue;
        }
        String label = option.label().value();
        if (label == null || label.isEmpty()) {
          continue;
        }
        Option sameLabel = byLabel.putIfAbsent(label, option);
        if (sameLabel != null) {
          diagnostics.report(
              RuleId.FIELD_OPTION_LABEL_DUPLICATE,
              FieldOptions.at(option, option.label()),
              "option label "
                  + Quote.of(label)
                  + " of "
                  + FieldOptions.name(option)
                  + " is already the label of "
                  + FieldOptions.name(sameLabel)
                  + "; HubSpot would show two choices that look the same, so give each constant a"
                  + " label of its own with @Option(label = ...)");
        }
      }
    }
  }
}
