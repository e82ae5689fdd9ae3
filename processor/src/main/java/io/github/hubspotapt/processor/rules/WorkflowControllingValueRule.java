package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A conditional field dependency shows its dependent fields when the controlling field has the
 * {@code controllingValue} (Automation v4's {@code controllingFieldValue}), which HubSpot compares
 * with the field's value; an enumeration field's value is one of its option values. A value none of
 * the options has (most often the constant's name where {@code @Option} gives another value, {@code
 * HIGH} for {@code high}) makes a dependency that never applies. HubSpot's docs do not say the
 * upload refuses it, so it is a warning, with the nearest option value. Checked only where the
 * options are in the file (an enum); not for a field whose options come from its {@code optionsUrl}
 * or are the account's owners. A controlling field that is not declared is
 * HS-WORKFLOW-FIELD-REFERENCE's error.
 */
final class WorkflowControllingValueRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      for (FieldDependency dependency : action.fieldDependencies()) {
        String value = dependency.controllingValue().value();
        String name = dependency.controllingField().value();
        if (value == null || value.isEmpty() || name == null) {
          continue;
        }
        InputField field = inputField(action, name);
        if (field == null || field.shape().options().isEmpty() || field.optionsElsewhere()) {
          continue;
        }
        check(dependency, field, diagnostics);
      }
    }
  }

  private static InputField inputField(WorkflowAction action, String name) {
    for (InputField field : action.inputFields()) {
      if (name.equals(field.name().value())) {
        return field;
      }
    }
    return null;
  }

  private static void check(FieldDependency dependency, InputField field, Diagnostics diagnostics) {
    String seen = dependency.controllingValue().value();
    List<String> values = new ArrayList<>();
    Option constant = null;
    for (Option option : field.shape().options()) {
      String value = option.value().value();
      if (seen.equals(value)) {
        return;
      }
      if (value != null) {
        values.add(value);
      }
      if (constant == null && FieldOptions.constant(option).getSimpleName().contentEquals(seen)) {
        constant = option;
      }
    }
    String suggestion;
    if (constant != null) {
      suggestion =
          " (did you mean "
              + constant.value().value()
              + ", the value of "
              + FieldOptions.name(constant)
              + "?)";
    } else {
      suggestion = Suggestions.didYouMean(seen, values);
    }
    diagnostics.report(
        RuleId.WORKFLOW_CONTROLLING_VALUE,
        dependency.controllingValue().origin(),
        "controllingValue "
            + Quote.of(seen)
            + " is none of the option values of input field "
            + Quote.of(field.name().value())
            + " ("
            + String.join(", ", values)
            + "), so the dependency never applies"
            + suggestion);
  }
}
