package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Text;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Labels, descriptions and dependencies refer to fields by name, and execution-rule messages to
 * rules by label name: every such name must exist, or HubSpot shows nothing (or rejects the
 * action).
 */
final class WorkflowFieldReferenceRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      Set<String> inputs =
          action.inputFields().stream().map(f -> f.name().value()).collect(Collectors.toSet());
      Set<String> outputs =
          action.outputFields().stream().map(f -> f.name().value()).collect(Collectors.toSet());
      Set<String> rules =
          action.executionRules().stream()
              .map(r -> r.labelName().value())
              .collect(Collectors.toSet());
      for (ActionLabels labels : action.labels()) {
        names(labels.inputFieldLabels()).forEach(n -> check(n, inputs, "input field", diagnostics));
        names(labels.inputFieldDescriptions())
            .forEach(n -> check(n, inputs, "input field", diagnostics));
        names(labels.outputFieldLabels())
            .forEach(n -> check(n, outputs, "output field", diagnostics));
        names(labels.executionRules()).forEach(n -> check(n, rules, "execution rule", diagnostics));
      }
      for (FieldDependency dependency : action.fieldDependencies()) {
        check(dependency.controllingField(), inputs, "input field", diagnostics);
        dependency.dependentFields().forEach(n -> check(n, inputs, "input field", diagnostics));
      }
    }
  }

  private static List<Located<String>> names(List<Text> texts) {
    return texts.stream().map(Text::name).toList();
  }

  private static void check(
      Located<String> name, Set<String> declared, String what, Diagnostics diagnostics) {
    if (name.value() != null && !declared.contains(name.value())) {
      diagnostics.report(
          RuleId.WORKFLOW_FIELD_REFERENCE,
          name.origin(),
          Quote.of(name.value())
              + " is not a declared "
              + what
              + " (declared: "
              + String.join(", ", declared.stream().sorted().toList())
              + ")"
              + Suggestions.didYouMean(name.value(), declared));
    }
  }
}
