package io.github.hubspotapt.runtime.action;

/** How an execution ends, written as {@code hs_execution_state}; the names are HubSpot's. */
public enum ExecutionState {
  /** The action did its work; the workflow goes on. */
  SUCCESS,
  /** The action failed; the workflow goes on, and execution rules may show why. */
  FAIL_CONTINUE,
  /**
   * The workflow waits until the execution is completed through its callback, or the expiration
   * passes.
   */
  BLOCK,
  /** The action goes on in the background. */
  ASYNC
}
