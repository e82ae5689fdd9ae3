package io.github.hubspotapt.runtime.action;

import java.time.Duration;
import java.util.Objects;

/**
 * What a workflow action's handler returns: the execution state and, for {@code SUCCESS} and {@code
 * FAIL_CONTINUE}, the output the action declares. Written as HubSpot reads it: {@code
 * {"outputFields": {..., "hs_execution_state": "SUCCESS"}}}, every output value a string. A record,
 * so that a test can compare a handler's result with an expected one.
 *
 * @param state the execution state
 * @param output the output, or null for none (an action without outputs, or {@code BLOCK} and
 *     {@code ASYNC})
 * @param expiration how long a {@code BLOCK} waits for its callback; null for HubSpot's default
 *     (one week) and for every other state
 * @param <O> the action's output type
 */
public record ExecutionResult<O>(ExecutionState state, O output, Duration expiration) {

  /**
   * A result.
   *
   * @param state the execution state
   * @param output the output, or null
   * @param expiration how long a {@code BLOCK} waits, or null
   */
  public ExecutionResult {
    Objects.requireNonNull(state, "state");
    if (expiration != null) {
      if (state != ExecutionState.BLOCK) {
        throw new IllegalArgumentException("an expiration is for BLOCK only, not " + state);
      }
      if (expiration.isZero() || expiration.isNegative()) {
        throw new IllegalArgumentException(
            "a BLOCK expiration must be positive, not " + expiration);
      }
    }
  }

  /**
   * The action did its work.
   *
   * @param output its output, or null when it declares none
   * @param <O> the output type
   * @return the result
   */
  public static <O> ExecutionResult<O> success(O output) {
    return new ExecutionResult<>(ExecutionState.SUCCESS, output, null);
  }

  /**
   * The action failed and the workflow goes on; the output may say why, for execution rules to
   * match.
   *
   * @param output its output, or null
   * @param <O> the output type
   * @return the result
   */
  public static <O> ExecutionResult<O> failContinue(O output) {
    return new ExecutionResult<>(ExecutionState.FAIL_CONTINUE, output, null);
  }

  /**
   * The workflow waits, for HubSpot's default of one week, until {@link CallbackCompletion}
   * completes the execution.
   *
   * @param <O> the output type
   * @return the result
   */
  public static <O> ExecutionResult<O> block() {
    return new ExecutionResult<>(ExecutionState.BLOCK, null, null);
  }

  /**
   * The workflow waits until {@link CallbackCompletion} completes the execution or the expiration
   * passes, when it goes on. Written in whole seconds, a part of a second rounded up.
   *
   * @param expiration how long to wait; positive
   * @param <O> the output type
   * @return the result
   */
  public static <O> ExecutionResult<O> block(Duration expiration) {
    return new ExecutionResult<>(
        ExecutionState.BLOCK, null, Objects.requireNonNull(expiration, "expiration"));
  }

  /**
   * The action goes on in the background.
   *
   * @param <O> the output type
   * @return the result
   */
  public static <O> ExecutionResult<O> async() {
    return new ExecutionResult<>(ExecutionState.ASYNC, null, null);
  }
}
