package io.github.hubspotapt.runtime.action;

/**
 * Thrown by a handler whose execution can never succeed, so that a retry is pointless (the input
 * names a record that does not exist, the account has no subscription): answered with 422, which
 * HubSpot records as a failure without retrying. The message is sent in the response body, for the
 * person reading the workflow's history, so it must not carry secrets. Carries no stack trace: it
 * is an answer, not a bug.
 */
public final class ActionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure.
   *
   * @param message why, sent to HubSpot
   */
  public ActionFailedException(String message) {
    this(message, null);
  }

  /**
   * A failure caused by another.
   *
   * @param message why, sent to HubSpot
   * @param cause the failure, for the application's log only
   */
  public ActionFailedException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
