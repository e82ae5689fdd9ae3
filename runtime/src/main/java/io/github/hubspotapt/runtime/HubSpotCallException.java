package io.github.hubspotapt.runtime;

/**
 * A call to HubSpot's API that did not succeed: HubSpot could not be reached, or answered what the
 * call cannot read. Subclasses say more: {@link HubSpotApiException} (HubSpot answered with an
 * error status) and {@link OutcomeUnknownException} (a call that is not safe to repeat failed after
 * it may have been applied). Messages name the call and what went wrong, never a secret or token:
 * text HubSpot sends back has every secret of the request replaced before it is shown.
 */
public class HubSpotCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int attempts;

  /**
   * An exception.
   *
   * @param message what failed, without secrets
   * @param attempts how many times the call was sent
   * @param cause the underlying failure, or null
   */
  public HubSpotCallException(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many times the call was sent before giving up. */
  public int attempts() {
    return attempts;
  }
}
