package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.ExecutionRule;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.Text;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels, descriptions and dependencies refer to fields by name, and execution-rule messages to
 * rules by label name: every such name must exist, or HubSpot shows nothing (or rejects the
 * action).
 */
final class WorkflowFieldReferenceRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      Set<String> inputs = new HashSet<>();
      for (InputField field : action.inputFields()) {
        inputs.add(field.name().value());
      }
      Set<String> outputs = new HashSet<>();
      for (OutputField field : action.outputFields()) {
        outputs.add(field.name().value());
      }
      Set<String> rules = new HashSet<>();
      for (ExecutionRule rule : action.executionRules()) {
        rules.add(rule.labelName().value());
      }
      for (ActionLabels labels : action.labels()) {
        checkNames(labels.inputFieldLabels(), inputs, "input field", diagnostics);
        checkNames(labels.inputFieldDescriptions(), inputs, "input field", diagnostics);
        checkNames(labels.outputFieldLabels(), outputs, "output field", diagnostics);
        checkNames(labels.executionRules(), rules, "execution rule", diagnostics);
      }
      for (FieldDependency dependency : action.fieldDependencies()) {
        check(dependency.controllingField(), inputs, "input field", diagnostics);
        for (Located<String> field : dependency.dependentFields()) {
          check(field, inputs, "input field", diagnostics);
        }
      }
    }
  }

  private static void checkNames(
      List<Text> texts, Set<String> declared, String what, Diagnostics diagnostics) {
    for (Text text : texts) {
      check(text.name(), declared, what, diagnostics);
    }
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
