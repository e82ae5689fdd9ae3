package io.github.hubspotapt.maven.parser;

/**
 * HubSpot's parser could not run at all (no node, no npm, a failed install): no verdict on the
 * project.
 */
public final class ParserUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * @param message why, and what to do about it
   */
  public ParserUnavailableException(String message) {
    super(message);
  }

  /**
   * @param message why, and what to do about it
   * @param cause the failure underneath
   */
  public ParserUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
