package io.github.hubspotapt;

/**
 * What an {@link AgentTool} does: {@link AgentTool#toolType()}, written as the {@code AGENTS}
 * client's {@code toolType}. HubSpot's listing requirements ask that it match the tool's behaviour.
 */
public enum ToolType {
  /** Retrieves information from HubSpot or external sources; written as {@code GET_DATA}. */
  GET_DATA,
  /**
   * Generates content, summaries, analyses or suggestions from its inputs; written as {@code
   * GENERATE}.
   */
  GENERATE,
  /**
   * Performs CRM actions, such as creating notes or assigning tasks; written as {@code
   * TAKE_ACTION}.
   */
  TAKE_ACTION
}
