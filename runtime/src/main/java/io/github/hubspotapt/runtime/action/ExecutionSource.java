package io.github.hubspotapt.runtime.action;

import java.util.Objects;

/**
 * What ran a workflow action: {@code context.source} of HubSpot's execution request. The values
 * HubSpot documents (Automation Actions API 2026-03) are constants here; HubSpot may add others, so
 * a source is any name, and a request with a new one is still answered.
 *
 * @param name the source as HubSpot sends it ({@code WORKFLOWS})
 */
public record ExecutionSource(String name) {

  /** A workflow; the source of a request that names none. */
  public static final ExecutionSource WORKFLOWS = new ExecutionSource("WORKFLOWS");

  /** A Breeze agent calling the action as a tool. */
  public static final ExecutionSource AGENTS = new ExecutionSource("AGENTS");

  /** Breeze copilot. */
  public static final ExecutionSource COPILOT = new ExecutionSource("COPILOT");

  /** The action run on its own, outside a workflow. */
  public static final ExecutionSource STANDALONE = new ExecutionSource("STANDALONE");

  /** A test run from HubSpot's tools. */
  public static final ExecutionSource TEST = new ExecutionSource("TEST");

  /**
   * A source.
   *
   * @param name the source as HubSpot sends it
   */
  public ExecutionSource {
    Objects.requireNonNull(name, "name");
  }

  /** Whether HubSpot documents this source (one of the constants). */
  public boolean isDocumented() {
    return equals(WORKFLOWS)
        || equals(AGENTS)
        || equals(COPILOT)
        || equals(STANDALONE)
        || equals(TEST);
  }
}
