package io.github.hubspotapt.runtime.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PkceTest {

  @Test
  void challengeMatchesRfc7636AppendixB() {
    assertEquals(
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
  }

  @Test
  void verifierIsFortyThreeUnreservedCharactersFromThirtyTwoRandomBytes() {
    String verifier = Pkce.newVerifier();

    assertEquals(43, verifier.length());
    assertTrue(verifier.matches("[A-Za-z0-9_-]{43}"), verifier);
    assertNotEquals(verifier, Pkce.newVerifier());
    assertEquals(43, Pkce.challenge(verifier).length());
  }

  @Test
  void verifierComesFromTheGivenRandom() {
    SecureRandom zeros =
        new SecureRandom() {
          private static final long serialVersionUID = 1L;

          @Override
          public void nextBytes(byte[] bytes) {
            java.util.Arrays.fill(bytes, (byte) 0);
          }
        };

    assertEquals("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Pkce.newVerifier(zeros));
  }

  @Test
  void acceptsTheWholeAllowedRangeAndRefusesOutsideItWithoutShowingTheVerifier() {
    Pkce.challenge("a".repeat(43));
    Pkce.challenge("~._-".repeat(32));

    for (String bad :
        new String[] {"a".repeat(42), "a".repeat(129), "secret+verifier".repeat(3), null}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Pkce.challenge(bad));
      assertTrue(
          e.getMessage().startsWith("a PKCE code verifier is 43 to 128 characters"),
          e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }
}
