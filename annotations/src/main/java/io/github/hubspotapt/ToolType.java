package io.github.hubspotapt;

/** What an {@link AgentTool} does. */
public enum ToolType {
  GET_DATA,
  GENERATE,
  TAKE_ACTION
}
