package io.github.hubspotapt.runtime.signature;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's three request signatures, computed. Each is over a UTF-8 string whose body part is the
 * raw request body, byte for byte as received (never a re-serialised JSON value, whose spacing or
 * escapes would differ). These are the computations only; {@link SignatureVerifier} decides which
 * to check, and compares in constant time.
 */
public final class Signatures {

  /**
   * The escapes HubSpot decodes in the URL before it computes a v3 signature, and only these (so
   * {@code %20}, {@code %26}, {@code %3D} and every other escape stay as sent). HubSpot documents
   * them in upper case; a lower-case {@code %3a} is not in its table and stays too: RFC 3986 asks
   * producers for upper case, and the encoders that build such URLs (JavaScript's {@code
   * encodeURIComponent}, Java's {@code URLEncoder}) write upper case.
   */
  private static final Map<String, Character> V3_DECODED =
      Map.ofEntries(
          Map.entry("3A", ':'),
          Map.entry("2F", '/'),
          Map.entry("3F", '?'),
          Map.entry("40", '@'),
          Map.entry("21", '!'),
          Map.entry("24", '$'),
          Map.entry("27", '\''),
          Map.entry("28", '('),
          Map.entry("29", ')'),
          Map.entry("2A", '*'),
          Map.entry("2C", ','),
          Map.entry("3B", ';'));

  private Signatures() {}

  /**
   * The v1 signature: SHA-256 of {@code clientSecret + body}, in lower-case hex.
   *
   * @param clientSecret the app's client secret
   * @param body the raw request body
   * @return the value HubSpot sends in {@code X-HubSpot-Signature}
   */
  public static String v1(String clientSecret, byte[] body) {
    return sha256Hex(clientSecret, body);
  }

  /**
   * The v2 signature: SHA-256 of {@code clientSecret + method + uri + body}, in lower-case hex. The
   * URL is used as given: HubSpot decodes no escapes for v2.
   *
   * @param clientSecret the app's client secret
   * @param method the HTTP method ({@code POST})
   * @param uri the whole URL HubSpot called: scheme, host, path and query
   * @param body the raw request body; empty for none
   * @return the value HubSpot sends in {@code X-HubSpot-Signature}
   */
  public static String v2(String clientSecret, String method, String uri, byte[] body) {
    return sha256Hex(clientSecret + method + uri, body);
  }

  /**
   * The v3 signature: HMAC-SHA256 with the client secret (UTF-8) as key, of {@code method + uri +
   * body + timestamp} where {@code uri} has first gone through {@link #decodeV3Uri}; standard
   * base64 with padding.
   *
   * @param clientSecret the app's client secret, not empty
   * @param method the HTTP method ({@code POST})
   * @param uri the whole URL HubSpot called, percent-encoded as sent: scheme, host, path and query
   * @param body the raw request body; empty for none
   * @param timestamp {@code X-HubSpot-Request-Timestamp} exactly as sent (epoch milliseconds)
   * @return the value HubSpot sends in {@code X-HubSpot-Signature-v3}
   */
  public static String v3(
      String clientSecret, String method, String uri, byte[] body, String timestamp) {
    return Base64.getEncoder()
        .encodeToString(v3Digest(hmacSha256(clientSecret), method, uri, body, timestamp));
  }

  /**
   * The v3 signature's HMAC, before base64: each part fed to the MAC as bytes, the body as it is
   * (no String of it).
   *
   * @param mac an HMAC-SHA256 keyed with the client secret, used up by this call
   */
  static byte[] v3Digest(Mac mac, String method, String uri, byte[] body, String timestamp) {
    mac.update(utf8(method));
    mac.update(utf8(decodeV3Uri(uri)));
    mac.update(body);
    return mac.doFinal(utf8(timestamp));
  }

  /**
   * An HMAC-SHA256 keyed with the client secret (UTF-8).
   *
   * @param clientSecret the app's client secret, not empty
   * @return the MAC, ready for its first message
   */
  static Mac hmacSha256(String clientSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(utf8(clientSecret), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * The URL as HubSpot puts it into a v3 signature: the twelve escapes {@code %3A %2F %3F %40 %21
   * %24 %27 %28 %29 %2A %2C %3B} decoded to {@code : / ? @ ! $ ' ( ) * , ;}, in upper case only,
   * and nothing else changed. One pass from left to right: a decoded character never forms a new
   * escape ({@code %253A} stays {@code %253A}).
   *
   * @param uri a URL, percent-encoded as sent
   * @return the URL with those escapes decoded
   */
  public static String decodeV3Uri(String uri) {
    if (uri.indexOf('%') < 0) {
      return uri;
    }
    StringBuilder decoded = new StringBuilder(uri.length());
    int i = 0;
    while (i < uri.length()) {
      Character c =
          uri.charAt(i) == '%' && i + 3 <= uri.length()
              ? V3_DECODED.get(uri.substring(i + 1, i + 3))
              : null;
      if (c == null) {
        decoded.append(uri.charAt(i));
        i++;
      } else {
        decoded.append(c.charValue());
        i += 3;
      }
    }
    return decoded.toString();
  }

  private static String sha256Hex(String prefix, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(utf8(prefix));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
