package io.github.hubspotapt.spring;

/**
 * The application is not set up to serve HubSpot's requests: a property is missing or does not fit
 * the app. Start-up fails with it, and Spring Boot prints what is wrong and the {@link #action()}
 * that fixes it.
 */
public final class HubSpotSetupException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** What is wrong, without secrets. */
  private final String description;

  /** What to add or change. */
  private final String action;

  /**
   * An exception.
   *
   * @param message what is wrong, without secrets
   * @param action what to add or change
   */
  public HubSpotSetupException(String message, String action) {
    super(message + ". " + action);
    this.description = message;
    this.action = action;
  }

  /**
   * What is wrong.
   *
   * @return the description, without secrets
   */
  public String description() {
    return description;
  }

  /**
   * What to add or change.
   *
   * @return the action that fixes it
   */
  public String action() {
    return action;
  }
}
