package io.github.hubspotapt.runtime.oauth;

import io.github.hubspotapt.runtime.HubSpotApiException;
import java.util.Optional;

/**
 * HubSpot's token endpoint refused a request with an OAuth error (RFC 6749 5.2: {@code error},
 * {@code error_description}). The two that need an application's attention have their own types:
 * {@link InvalidGrantException} (the code or refresh token is dead) and {@link
 * InvalidClientException} (the client id or secret is wrong). Others ({@code invalid_request},
 * {@code invalid_scope}, {@code unsupported_grant_type}) are this type, with {@link #error()}
 * saying which.
 */
public class OAuthErrorException extends HubSpotApiException {

  private static final long serialVersionUID = 1L;

  private final String error;
  private final String description;

  /**
   * An exception.
   *
   * @param message what failed, without secrets
   * @param status the HTTP status
   * @param error the OAuth error code
   * @param description HubSpot's description, secrets replaced, or null
   * @param correlationId HubSpot's id of the request, or null
   * @param attempts how many times the call was sent
   */
  public OAuthErrorException(
      String message,
      int status,
      String error,
      String description,
      String correlationId,
      int attempts) {
    super(message, status, null, correlationId, null, attempts);
    this.error = error;
    this.description = description;
  }

  /**
   * The OAuth error code: {@code invalid_grant}, {@code invalid_client}, {@code invalid_request},
   * ...
   */
  public String error() {
    return error;
  }

  /** HubSpot's description, when it gave one; secrets replaced. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }
}
