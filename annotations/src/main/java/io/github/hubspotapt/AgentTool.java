package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Offers a {@link WorkflowAction} to HubSpot's AI agents as a tool: adds the {@code AGENTS} client,
 * {@code {"client": "AGENTS", "toolType": ..., "llmConfig": {"actionDescription": ...}}}, to the
 * action's {@code config.supportedClients}. Goes on the class that carries {@link WorkflowAction}.
 * HubSpot's agent-tool docs (beta) name platform versions 2025.2 and 2026.03 (the processor does
 * not restrict the version), and HubSpot gates the feature per account. For a marketplace listing,
 * a tool that accepts an object's data needs that object's {@code .read} scope.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AgentTool {

  /**
   * {@return what kind of tool it is} Written as the {@code AGENTS} client's {@code toolType}, the
   * constant's name.
   */
  ToolType toolType();

  /**
   * {@return what the tool does, written for the agent} Written as the {@code AGENTS} client's
   * {@code llmConfig.actionDescription}; must not be blank. Only the agent sees it: it decides when
   * and how the agent calls the tool.
   */
  String description();
}
