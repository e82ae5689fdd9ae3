package io.github.hubspotapt.runtime.action;

import java.util.Objects;

/**
 * Everything about one execution of a workflow action beside its input values: what a handler gets
 * next to its typed input. A record, so that a test of a handler can make one.
 *
 * @param callbackId the execution's id: what completes it later when the handler answers {@code
 *     BLOCK}, and a key to recognise a retried request by
 * @param origin the account and action definition
 * @param source what ran the action; {@link ExecutionSource#WORKFLOWS} when the request names none
 * @param workflowId the workflow, or null outside one
 * @param actionId the action's id within the workflow, or null
 * @param object the enrolled CRM record, or null when the action runs without one
 */
public record ExecutionContext(
    String callbackId,
    ActionOrigin origin,
    ExecutionSource source,
    Long workflowId,
    Long actionId,
    EnrolledObject object) {

  /**
   * A context.
   *
   * @param callbackId the execution's id
   * @param origin the account and action definition
   * @param source what ran the action
   * @param workflowId the workflow, or null
   * @param actionId the action's id within the workflow, or null
   * @param object the enrolled CRM record, or null
   */
  public ExecutionContext {
    Objects.requireNonNull(callbackId, "callbackId");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
  }

  /** The HubSpot account (portal) the action runs in: the account whose access token answers it. */
  public long portalId() {
    return origin.portalId();
  }
}
