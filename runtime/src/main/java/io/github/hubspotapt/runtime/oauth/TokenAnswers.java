package io.github.hubspotapt.runtime.oauth;

import io.github.hubspotapt.runtime.HubSpotApiException;
import io.github.hubspotapt.runtime.http.Answer;
import io.github.hubspotapt.runtime.http.ApiCall;
import io.github.hubspotapt.runtime.http.ApiCaller;
import io.github.hubspotapt.runtime.http.JsonAnswer;
import io.github.hubspotapt.runtime.http.UnreadableAnswerException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Reads the OAuth endpoints' answers: a token response into {@link Tokens}, an introspection into
 * {@link TokenInfo}, and an error into the {@link OAuthErrorException} it stands for. Unknown
 * fields are passed over ({@code token_use}, {@code signed_access_token}, what HubSpot adds later).
 */
final class TokenAnswers {

  /**
   * HubSpot's v1 endpoints answered a dead refresh token with this status instead of {@code
   * invalid_grant} [SEEN].
   */
  private static final String BAD_REFRESH_TOKEN = "BAD_REFRESH_TOKEN";

  private TokenAnswers() {}

  /**
   * Tokens from a token response.
   *
   * @param body the 2xx body
   * @param sentAt when the request was sent: the lifetime counts from then, so the expiry is never
   *     late
   * @return the tokens
   * @throws UnreadableAnswerException when a required field is missing or a field has the wrong
   *     type
   */
  static Tokens tokens(byte[] body, Instant sentAt) throws UnreadableAnswerException {
    JsonAnswer json = JsonAnswer.parse(body);
    String accessToken =
        json.string("access_token")
            .orElseThrow(() -> new UnreadableAnswerException("access_token: missing"));
    long expiresIn =
        json.integer("expires_in")
            .orElseThrow(() -> new UnreadableAnswerException("expires_in: missing"));
    if (expiresIn <= 0) {
      throw new UnreadableAnswerException(
          "expires_in: expected a positive number of seconds, got " + expiresIn);
    }
    try {
      return Tokens.builder(accessToken, sentAt.plusSeconds(expiresIn))
          .refreshToken(json.string("refresh_token").orElse(null))
          .tokenType(json.string("token_type").orElse("bearer"))
          .hubId(boxed(json.integer("hub_id")))
          .userId(boxed(json.integer("user_id")))
          .scopes(json.strings("scopes"))
          .idToken(json.string("id_token").orElse(null))
          .build();
    } catch (IllegalArgumentException e) {
      throw new UnreadableAnswerException(e.getMessage());
    }
  }

  /**
   * What an introspection says.
   *
   * @param body the 2xx body
   * @return the result
   * @throws UnreadableAnswerException when {@code active} is missing or a field has the wrong type
   */
  static TokenInfo info(byte[] body) throws UnreadableAnswerException {
    JsonAnswer json = JsonAnswer.parse(body);
    boolean active =
        json.bool("active").orElseThrow(() -> new UnreadableAnswerException("active: missing"));
    OptionalLong expiresIn = json.integer("expires_in");
    return new TokenInfo(
        active,
        json.string("token_use").orElse(null),
        boxed(json.integer("hub_id")),
        boxed(json.integer("user_id")),
        boxed(json.integer("app_id")),
        json.string("client_id").orElse(null),
        json.strings("scopes"),
        expiresIn.isPresent() ? Duration.ofSeconds(expiresIn.getAsLong()) : null,
        json.string("user").orElse(null),
        json.string("hub_domain").orElse(null));
  }

  /**
   * The exception for an error answer: an {@link OAuthErrorException} (or its subtype) when the
   * body is an RFC 6749 error, HubSpot's general {@link HubSpotApiException} otherwise (a 429, a
   * 5xx, HubSpot's own error body).
   *
   * @param call the call
   * @param answer the answer, not 2xx
   * @return the exception
   */
  static HubSpotApiException failure(ApiCall call, Answer answer) {
    String error;
    String description;
    String correlationId;
    try {
      JsonAnswer json = JsonAnswer.parse(answer.body());
      error = json.string("error").orElse(null);
      description = json.string("error_description").orElse(null);
      correlationId = json.string("correlationId").orElse(null);
      if (error == null && BAD_REFRESH_TOKEN.equals(json.string("status").orElse(null))) {
        error = "invalid_grant";
        description = json.string("message").orElse(null);
      }
    } catch (UnreadableAnswerException e) {
      error = null;
      description = null;
      correlationId = null;
    }
    if (error == null || answer.status() == 429 || answer.status() >= 500) {
      return ApiCaller.failure(call, answer);
    }
    String shownDescription = description == null ? null : call.shown(description);
    String message =
        call.describe()
            + ": HTTP "
            + answer.status()
            + " "
            + call.shown(error)
            + (shownDescription == null ? "" : ": " + shownDescription)
            + ApiCaller.attempts(answer);
    return switch (error) {
      case "invalid_grant" ->
          new InvalidGrantException(
              message, answer.status(), error, shownDescription, correlationId, answer.attempts());
      case "invalid_client" ->
          new InvalidClientException(
              message, answer.status(), error, shownDescription, correlationId, answer.attempts());
      default ->
          new OAuthErrorException(
              message, answer.status(), error, shownDescription, correlationId, answer.attempts());
    };
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }
}
