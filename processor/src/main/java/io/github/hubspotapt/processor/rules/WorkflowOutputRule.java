package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.Set;

/**
 * A workflow action's {@code output} is a class or record: its fields are the action's output
 * fields. {@code int.class} or {@code String[].class} compile, but have no fields to write, so the
 * action would lose its outputs without a word; so would an enum (its constants are no fields), an
 * interface, or any type without an instance field, such as {@code Object.class}: an output type
 * that gives no output field is refused too, where {@code void} (the default) says "none".
 */
final class WorkflowOutputRule implements Rule {

  private static final Set<String> PRIMITIVES =
      Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      String output = action.outputType().value();
      if (output != null && !output.equals("void") && action.outputFields().isEmpty()) {
        diagnostics.report(
            RuleId.WORKFLOW_OUTPUT,
            action.outputType().origin(),
            "output "
                + output
                + " of workflow action "
                + Quote.of(action.uid().value())
                + " "
                + why(output));
      }
    }
  }

  /** Why the output type gives no output field, and what to give instead. */
  private static String why(String output) {
    if (PRIMITIVES.contains(output) || output.endsWith("[]")) {
      return "is "
          + (output.endsWith("[]") ? "an array" : "a primitive type")
          + ", which has no fields to be the action's output fields; name a record such as"
          + " record Result(String invoiceNumber) {}, or void for none";
    }
    return "gives no output field: only a class's or record's instance fields are output fields"
        + " (not an enum's constants, nor an interface's methods); declare them in a record such as"
        + " record Result(String invoiceNumber) {}, or leave output out for none";
  }
}
