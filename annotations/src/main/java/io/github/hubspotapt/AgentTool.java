package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Offers a {@link WorkflowAction} to HubSpot's AI agents as a tool (the {@code AGENTS} client). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AgentTool {

  ToolType toolType();

  /** What the tool does, written for the agent ({@code llmConfig.actionDescription}). */
  String description();
}
