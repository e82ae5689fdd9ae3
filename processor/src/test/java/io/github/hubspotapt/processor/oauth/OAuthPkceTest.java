package io.github.hubspotapt.processor.oauth;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hubspotapt.processor.testing.AppSource;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PKCE (RFC 7636, S256) in the generated helper: the verifier, its challenge, and the install URL
 * that carries it.
 */
class OAuthPkceTest {

  private static final String REDIRECT = "https://example.com/oauth/callback";

  /** RFC 7636 appendix B: the verifier of the example and its S256 challenge. */
  private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

  private static GeneratedHelper helper;

  @BeforeAll
  static void compileHelper() {
    helper =
        GeneratedHelper.compile(
            "test.TestAppOAuth",
            AppSource.valid().withAuth("conditionallyRequiredScopes", "{\"tickets\"}").build());
  }

  @Test
  void theChallengeIsTheRfcExampleOne() {
    assertThat(helper.codeChallenge(RFC_VERIFIER)).isEqualTo(RFC_CHALLENGE);
  }

  @Test
  void aNewVerifierIs43UnreservedCharactersAndNeverRepeats() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String verifier = helper.newCodeVerifier();
      assertThat(verifier).matches("[A-Za-z0-9_-]{43}");
      assertThat(helper.codeChallenge(verifier)).matches("[A-Za-z0-9_-]{43}");
      seen.add(verifier);
    }
    assertThat(seen).hasSize(100);
  }

  @Test
  void theInstallUrlCarriesTheChallengeAfterTheState() {
    URI url =
        helper.authorizationUrl(helper.dataCentre("us"), "client-id", REDIRECT, "s", RFC_VERIFIER);

    assertThat(url.toString())
        .isEqualTo(
            "https://app.hubspot.com/oauth/authorize?client_id=client-id"
                + "&scope=oauth%20crm.objects.contacts.read&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fcallback"
                + "&state=s&code_challenge="
                + RFC_CHALLENGE
                + "&code_challenge_method=S256");
  }

  @Test
  void conditionalScopesAndPkceCombine() {
    URI url =
        (URI)
            helper.call(
                helper.dataCentre("us"),
                "authorizationUrl",
                new Class<?>[] {
                  String.class, String.class, String.class, String.class, java.util.Collection.class
                },
                "client-id",
                REDIRECT,
                null,
                RFC_VERIFIER,
                List.of("tickets"));

    assertThat(url.getRawQuery())
        .isEqualTo(
            "client_id=client-id&scope=oauth%20crm.objects.contacts.read%20tickets"
                + "&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fcallback"
                + "&code_challenge="
                + RFC_CHALLENGE
                + "&code_challenge_method=S256");
  }

  @Test
  void withoutAVerifierTheUrlHasNoChallenge() {
    URI url = helper.authorizationUrl(helper.dataCentre("us"), "client-id", REDIRECT, "s");

    assertThat(url.getRawQuery()).doesNotContain("code_challenge");
  }

  @Test
  void aVerifierRfc7636DoesNotAllowIsRefusedWithoutShowingIt() {
    Object hubSpot = helper.dataCentre("us");
    String tooShort = RFC_VERIFIER.substring(0, 42);
    String badCharacter = RFC_VERIFIER.substring(0, 42) + "+";

    IllegalArgumentException shortOne =
        assertThrows(
            IllegalArgumentException.class,
            () -> helper.authorizationUrl(hubSpot, "client-id", REDIRECT, "s", tooShort));
    IllegalArgumentException badOne =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                helper.tokenRequest(
                    hubSpot, "client-id", "secret", REDIRECT, "code", badCharacter));
    IllegalArgumentException longOne =
        assertThrows(IllegalArgumentException.class, () -> helper.codeChallenge("a".repeat(129)));

    assertThat(shortOne)
        .hasMessageThat()
        .isEqualTo(
            "a PKCE code verifier is 43 to 128 characters of"
                + " A-Z a-z 0-9 - . _ ~ (RFC 7636), this one has 42 characters or others; make one with newCodeVerifier()");
    assertThat(badOne).hasMessageThat().contains("this one has 43 characters or others");
    assertThat(badOne).hasMessageThat().doesNotContain(tooShort);
    assertThat(longOne).hasMessageThat().contains("this one has 129 characters");
    assertThat(helper.codeChallenge("a".repeat(128))).hasLength(43);
  }

  @Test
  void aNullVerifierIsNamedNotDropped() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () ->
                helper.authorizationUrl(
                    helper.dataCentre("us"), "client-id", REDIRECT, "s", (String) null));

    assertThat(e).hasMessageThat().isEqualTo("codeVerifier");
  }
}
