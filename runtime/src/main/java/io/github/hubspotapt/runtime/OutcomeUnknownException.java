package io.github.hubspotapt.runtime;

import java.util.OptionalInt;

/**
 * A call that is not safe to repeat (an authorization-code exchange, a callback completion) failed
 * after it reached HubSpot: a {@code 5xx} answer, or a connection lost after the request was sent.
 * HubSpot may or may not have applied it, so it was not retried: the application decides, knowing
 * what the call was (a completion can be checked in the workflow's history; a code exchange needs
 * the user to install again).
 */
public final class OutcomeUnknownException extends HubSpotCallException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * An exception.
   *
   * @param message what failed, without secrets
   * @param status HubSpot's HTTP status, or 0 when the connection failed
   * @param attempts how many times the call was sent
   * @param cause the connection failure, or null
   */
  public OutcomeUnknownException(String message, int status, int attempts, Throwable cause) {
    super(message, attempts, cause);
    this.status = status;
  }

  /** HubSpot's HTTP status, or empty when the connection failed. */
  public OptionalInt status() {
    return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
