package io.github.hubspotapt.maven.parser;

/** HubSpot's parser could not run at all (no node, no npm, a failed install): no verdict on the project. */
public final class ParserUnavailableException extends Exception {

  private static final long serialVersionUID = 1L;

  public ParserUnavailableException(String message) {
    super(message);
  }

  public ParserUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
