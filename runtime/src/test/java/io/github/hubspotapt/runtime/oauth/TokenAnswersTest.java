package io.github.hubspotapt.runtime.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotApiException;
import io.github.hubspotapt.runtime.http.UnreadableAnswerException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TokenAnswersTest {

  private static final Instant SENT = Instant.parse("2026-05-01T10:00:00Z");
  private static final String ACCESS = "CJSP5qf1KhICAQEYs-gDIIGOBii1_9cFMhkAsbOT" + "x".repeat(260);

  @Test
  void readsEveryFieldOfHubSpotsTokenResponse() throws Exception {
    Tokens tokens =
        TokenAnswers.tokens(
            bytes(
                "{\"token_use\":\"access_token\",\"token_type\":\"bearer\","
                    + "\"refresh_token\":\"6f18f26a-3e95-4d95\",\"access_token\":\""
                    + ACCESS
                    + "\",\"expires_in\":1800,"
                    + "\"id_token\":\"eyJ.x.y\",\"hub_id\":62515,\"scopes\":[\"oauth\",\"automation\"],\"user_id\":123,"
                    + "\"signed_access_token\":{\"appId\":1},\"new_field\":[1,2]}"),
            SENT);

    assertEquals(ACCESS, tokens.accessToken());
    assertEquals(300, tokens.accessToken().length());
    assertEquals(Optional.of("6f18f26a-3e95-4d95"), tokens.refreshToken());
    assertEquals(SENT.plusSeconds(1800), tokens.expiresAt());
    assertEquals("bearer", tokens.tokenType());
    assertEquals(OptionalLong.of(62515), tokens.hubId());
    assertEquals(OptionalLong.of(123), tokens.userId());
    assertEquals(List.of("oauth", "automation"), tokens.scopes());
    assertEquals(Optional.of("eyJ.x.y"), tokens.idToken());
  }

  @Test
  void readsAClientCredentialsTokenWithoutRefreshTokenOrAccount() throws Exception {
    Tokens tokens =
        TokenAnswers.tokens(bytes("{\"access_token\":\"app-token\",\"expires_in\":1800}"), SENT);

    assertEquals(Optional.empty(), tokens.refreshToken());
    assertEquals(OptionalLong.empty(), tokens.hubId());
    assertEquals(List.of(), tokens.scopes());
    assertEquals("bearer", tokens.tokenType());
  }

  @Test
  void refusesAResponseThatIsNotATokenResponseWithoutShowingValues() {
    assertUnreadable("{\"expires_in\":1800}", "access_token: missing");
    assertUnreadable("{\"access_token\":\"t\"}", "expires_in: missing");
    assertUnreadable(
        "{\"access_token\":\"t\",\"expires_in\":\"1800\"}",
        "expires_in: expected an integer, got a string");
    assertUnreadable(
        "{\"access_token\":\"t\",\"expires_in\":0}",
        "expires_in: expected a positive number of seconds, got 0");
    assertUnreadable(
        "{\"access_token\":7,\"expires_in\":1}", "access_token: expected a string, got an integer");
    assertUnreadable(
        "{\"access_token\":\"t\",\"expires_in\":1,\"scopes\":\"oauth\"}",
        "scopes: expected an array of strings, got a string");
    assertUnreadable(
        "{\"access_token\":\"t\",\"expires_in\":1,\"hub_id\":1e3}",
        "hub_id: expected an integer, got a decimal number");
    assertUnreadable(
        "{\"access_token\":\"t\",\"expires_in\":99999999999999999999}",
        "expires_in: expected an integer, got an integer beyond 64 bits");
    assertUnreadable(
        "{\"access_token\":\"secret token\",\"expires_in\":1}",
        "access token: empty, or characters other than visible ASCII");
    assertUnreadable(
        "{\"access_token\":\"t\",\"access_token\":\"u\",\"expires_in\":1}",
        "not valid JSON at byte 34");
    assertUnreadable("[\"secret-token\"]", "not a JSON object");
    assertUnreadable(
        "{\"access_token\":\"t\",\"expires_in\":1} {}", "content after the JSON object");
    assertUnreadable("{\"access_token\":\"secret-tok", "not valid JSON at byte 27");
    assertUnreadable("", "not a JSON object");
  }

  @Test
  void toStringNeverShowsATokenButSaysWhatTheTokensAreFor() throws Exception {
    Tokens tokens =
        TokenAnswers.tokens(
            bytes(
                "{\"access_token\":\""
                    + ACCESS
                    + "\",\"refresh_token\":\"rt-99\","
                    + "\"expires_in\":1800,\"hub_id\":62515,\"user_id\":1,\"scopes\":[\"oauth\"],\"id_token\":\"idt-1\"}"),
            SENT);

    String text = tokens.toString();

    assertFalse(text.contains(ACCESS.substring(0, 10)), text);
    assertFalse(text.contains("rt-99"), text);
    assertFalse(text.contains("idt-1"), text);
    assertEquals(
        "Tokens[hubId=62515, userId=1, scopes=[oauth], expiresAt=2026-05-01T10:30:00Z, tokenType=bearer, "
            + "accessToken=(300 chars), refreshToken=(5 chars)]",
        text);
  }

  @Test
  void readsAnIntrospectionAndAnInactiveToken() throws Exception {
    TokenInfo info =
        TokenAnswers.info(
            bytes(
                "{\"token_use\":\"access_token\",\"active\":true,\"token\":\"tok\","
                    + "\"hub_id\":62515,\"user_id\":1,\"client_id\":\"cid\",\"app_id\":9,\"scopes\":[\"oauth\"],"
                    + "\"signed_access_token\":{\"appId\":9,\"hubId\":62515},\"expires_in\":1700,\"token_type\":\"bearer\","
                    + "\"user\":\"u@example.com\",\"hub_domain\":\"example.com\",\"is_private_distribution\":false}"));

    assertEquals(
        new TokenInfo(
            true,
            "access_token",
            62515L,
            1L,
            9L,
            "cid",
            List.of("oauth"),
            Duration.ofSeconds(1700),
            "u@example.com",
            "example.com"),
        info);
    assertFalse(info.toString().contains("tok,"), info.toString());
    TokenInfo inactive = TokenAnswers.info(bytes("{\"active\":false}"));
    assertFalse(inactive.active());
    assertNull(inactive.hubId());
    assertThrows(UnreadableAnswerException.class, () -> TokenAnswers.info(bytes("{\"hub_id\":1}")));
  }

  @Test
  void typesRfc6749Errors() {
    assertInstanceOf(
        InvalidGrantException.class, failure(400, FakeHubSpot.oauthError("invalid_grant", "dead")));
    assertInstanceOf(
        InvalidClientException.class,
        failure(401, FakeHubSpot.oauthError("invalid_client", "who")));
    HubSpotApiException scope =
        failure(400, FakeHubSpot.oauthError("invalid_scope", "no such scope"));
    assertEquals(OAuthErrorException.class, scope.getClass());
    assertEquals("invalid_scope", ((OAuthErrorException) scope).error());
    assertEquals(Optional.of("no such scope"), ((OAuthErrorException) scope).description());
    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 400 invalid_scope: no such scope",
        scope.getMessage());
  }

  @Test
  void readsHubSpotsOlderDeadRefreshTokenAnswerAsInvalidGrant() {
    HubSpotApiException e =
        failure(
            400,
            "{\"status\":\"BAD_REFRESH_TOKEN\",\"message\":\"missing or invalid refresh token\"}");

    assertInstanceOf(InvalidGrantException.class, e);
    assertEquals("invalid_grant", ((OAuthErrorException) e).error());
  }

  @Test
  void anErrorWithoutAnOAuthCodeIsHubSpotsGeneralError() {
    HubSpotApiException e =
        failure(400, FakeHubSpot.hubSpotError("VALIDATION_ERROR", "Token is invalid"));

    assertEquals(HubSpotApiException.class, e.getClass());
    assertEquals(Optional.of("VALIDATION_ERROR"), e.category());
    assertEquals(Optional.of("aeb5f871-7f07-4993-9211-075dc63e7cbf"), e.correlationId());
    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 400: Token is invalid "
            + "[correlationId aeb5f871-7f07-4993-9211-075dc63e7cbf]",
        e.getMessage());
    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 502",
        failure(502, "<html>Bad gateway</html>").getMessage());
  }

  @Test
  void aDescriptionRepeatingASecretShowsItReplaced() {
    HubSpotApiException e =
        failure(
            400,
            FakeHubSpot.oauthError("invalid_grant", "refresh token rt-SECRET-1 is dead\\nreally"));

    assertEquals(
        "HubSpot token refresh (POST /oauth/2026-03/token): HTTP 400 invalid_grant: refresh token "
            + "[redacted] is dead really",
        e.getMessage());
    assertEquals(
        Optional.of("refresh token [redacted] is dead really"),
        ((OAuthErrorException) e).description());
  }

  private static HubSpotApiException failure(int status, String body) {
    return TokenAnswers.failure(Calls.refreshCall("rt-SECRET-1"), Calls.answer(status, body));
  }

  private static void assertUnreadable(String body, String message) {
    UnreadableAnswerException e =
        assertThrows(UnreadableAnswerException.class, () -> TokenAnswers.tokens(bytes(body), SENT));
    assertEquals(message, e.getMessage());
    assertTrue(!e.getMessage().contains("secret"), e.getMessage());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
