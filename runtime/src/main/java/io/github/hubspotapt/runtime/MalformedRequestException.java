package io.github.hubspotapt.runtime;

/**
 * A verified request whose body is not what HubSpot sends: not JSON, not UTF-8, a wrong JSON type,
 * a missing field, a value that does not convert to its declared Java type. Endpoints answer it
 * with a 4xx status and its message, and dispatch nothing; the message names the field and what was
 * expected, never the value of a secret.
 */
public final class MalformedRequestException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * An exception.
   *
   * @param message what is wrong, and where in the body
   */
  public MalformedRequestException(String message) {
    super(message);
  }

  /**
   * An exception with its cause, kept for the application's log.
   *
   * @param message what is wrong, and where in the body
   * @param cause the parser's exception
   */
  public MalformedRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
