package io.github.hubspotapt.runtime.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PKCE (RFC 7636), which HubSpot's OAuth accepts: the app makes a secret {@linkplain #newVerifier()
 * code verifier} per install, puts its {@linkplain #challenge(String) S256 challenge} in the
 * install URL ({@code code_challenge}, {@code code_challenge_method=S256}), keeps the verifier
 * (with the install's {@code state}) and sends it with the code exchange ({@link
 * TokenClient#exchangeCode(String, java.net.URI, String)}); HubSpot checks that they match, so a
 * stolen code is useless without the verifier.
 */
public final class Pkce {

  /** The only challenge method this class makes: {@code S256}, SHA-256 of the verifier. */
  public static final String METHOD = "S256";

  private static final int VERIFIER_BYTES = 32;
  private static final int MIN_LENGTH = 43;
  private static final int MAX_LENGTH = 128;
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Pkce() {}

  /**
   * A new code verifier from a fresh {@link SecureRandom}.
   *
   * @return 43 characters: 32 random bytes, base64url without padding (RFC 7636 4.1's
   *     recommendation)
   */
  public static String newVerifier() {
    return newVerifier(new SecureRandom());
  }

  /**
   * A new code verifier.
   *
   * @param random the source of the 32 random bytes
   * @return 43 characters of base64url without padding
   */
  public static String newVerifier(SecureRandom random) {
    byte[] bytes = new byte[VERIFIER_BYTES];
    random.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  /**
   * A verifier's S256 challenge: {@code BASE64URL(SHA256(ASCII(verifier)))} without padding.
   *
   * @param verifier 43 to 128 characters of {@code [A-Z] [a-z] [0-9] - . _ ~}
   * @return the challenge, 43 characters
   * @throws IllegalArgumentException for a verifier RFC 7636 does not allow; the message does not
   *     show it
   */
  public static String challenge(String verifier) {
    return BASE64URL.encodeToString(
        sha256(requireVerifier(verifier).getBytes(StandardCharsets.US_ASCII)));
  }

  /**
   * Checks a code verifier against RFC 7636 4.1.
   *
   * @param verifier the verifier
   * @return the verifier
   * @throws IllegalArgumentException when it is not 43 to 128 unreserved characters
   */
  static String requireVerifier(String verifier) {
    if (verifier == null
        || verifier.length() < MIN_LENGTH
        || verifier.length() > MAX_LENGTH
        || !verifier.chars().allMatch(Pkce::unreserved)) {
      throw new IllegalArgumentException(
          "a PKCE code verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~"
              + (verifier == null ? "; got null" : "; got " + verifier.length() + " characters"));
    }
    return verifier;
  }

  private static boolean unreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must have SHA-256 (MessageDigest's documentation).
      throw new IllegalStateException(e);
    }
  }
}
