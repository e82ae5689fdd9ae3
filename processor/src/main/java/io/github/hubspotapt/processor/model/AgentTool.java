package io.github.hubspotapt.processor.model;

/**
 * {@code @AgentTool} beside a {@code @WorkflowAction}: {@code toolType} is the constant name,
 * HubSpot's value.
 */
public record AgentTool(Origin origin, Located<String> toolType, Located<String> description) {}
