package io.github.hubspotapt.runtime.oauth;

/**
 * {@code invalid_grant}: the authorization code or refresh token is dead (used, expired, revoked,
 * or the app was uninstalled). Retrying cannot help: the account must install the app again. {@link
 * AccessTokens} turns it into {@link InstallRequiredException} after deleting the stored tokens.
 */
public final class InvalidGrantException extends OAuthErrorException {

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
  public InvalidGrantException(
      String message,
      int status,
      String error,
      String description,
      String correlationId,
      int attempts) {
    super(message, status, error, description, correlationId, attempts);
  }
}
