package io.github.hubspotapt.runtime.oauth;

/**
 * {@code invalid_client}: HubSpot does not accept the app's client id or secret. A configuration
 * error (a rotated secret, another app's id): no account can get tokens until it is fixed.
 */
public final class InvalidClientException extends OAuthErrorException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception.
   *
   * @param message what failed, without secrets
   * @param status the HTTP status
   * @param error the OAuth error code HubSpot sent
   * @param description HubSpot's description, secrets replaced, or null
   * @param correlationId HubSpot's id of the request, or null
   * @param attempts how many times the call was sent
   */
  public InvalidClientException(
      String message,
      int status,
      String error,
      String description,
      String correlationId,
      int attempts) {
    super(message, status, error, description, correlationId, attempts);
  }
}
