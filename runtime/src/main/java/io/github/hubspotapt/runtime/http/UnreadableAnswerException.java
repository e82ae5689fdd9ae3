package io.github.hubspotapt.runtime.http;

/**
 * HubSpot answered with a body that is not what the call expects; the message names the field,
 * never a value.
 */
public final class UnreadableAnswerException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * An exception.
   *
   * @param message what is wrong
   */
  public UnreadableAnswerException(String message) {
    super(message);
  }
}
