package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * {@code @WorkflowAction} with the fields of its type and output type. {@code agentTool} is null
 * when the type has no {@code @AgentTool}; {@code outputType} names the output class, null for
 * none.
 */
public record WorkflowAction(
    Origin origin,
    Located<String> uid,
    ComponentFile file,
    Located<String> actionUrl,
    boolean published,
    Located<Boolean> workflows,
    List<Located<String>> objectTypes,
    List<ActionLabels> labels,
    List<InputField> inputFields,
    Located<String> outputType,
    List<OutputField> outputFields,
    List<Located<String>> objectRequestProperties,
    List<FieldDependency> fieldDependencies,
    List<ExecutionRule> executionRules,
    AgentTool agentTool)
    implements Feature {

  @Override
  public ComponentType type() {
    return ComponentType.WORKFLOW_ACTION;
  }

  /**
   * Files are named after the {@code en} action name, as HubSpot's templates name them after the
   * action.
   */
  @Override
  public String fileNameSource() {
    for (ActionLabels locale : labels) {
      String name = locale.actionName().value();
      if ("en".equals(locale.locale().value()) && name != null && !name.isBlank()) {
        return name;
      }
    }
    return uid.value();
  }
}
