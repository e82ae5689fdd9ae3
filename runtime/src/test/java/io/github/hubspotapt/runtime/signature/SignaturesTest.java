package io.github.hubspotapt.runtime.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HubSpot's published vectors (RUNTIME.md §1, all seven), and our own for the v3 URL decoding, none
 * published.
 */
class SignaturesTest {

  static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
  static final String URI = "https://www.example.com/webhook_uri";

  /** Single quotes, as the Python and Ruby SDK tests write it. */
  static final byte[] SINGLE_QUOTED = bytes("{'example_field':'example_value'}");

  @Test
  void v1OfTheDocumentedWebhookBatch() {
    byte[] body =
        bytes(
            "[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,\"occurredAt\":1564113600000,"
                + "\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,\"objectId\":123,\"changeSource\":\"CRM\","
                + "\"changeFlag\":\"NEW\",\"appId\":54321}]");
    assertEquals(
        "232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de",
        Signatures.v1(SECRET, body));
  }

  @Test
  void v2OfTheDocumentedGetWithoutBody() {
    assertEquals(
        "eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e",
        Signatures.v2(SECRET, "GET", URI, new byte[0]));
  }

  @Test
  void v2OfTheDocumentedPost() {
    assertEquals(
        "9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900",
        Signatures.v2(SECRET, "POST", URI, bytes("{\"example_field\":\"example_value\"}")));
  }

  @Test
  void v1OfTheSdkTestBody() {
    assertEquals(
        "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750",
        Signatures.v1(SECRET, SINGLE_QUOTED));
  }

  @Test
  void v2OfTheSdkTestBody() {
    assertEquals(
        "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383",
        Signatures.v2(SECRET, "POST", URI, SINGLE_QUOTED));
  }

  @Test
  void v3OfTheSdkTestBody() {
    assertEquals(
        "HPW73RUtKmcYoEDADG0s6MmGFWUzWJKAW07r8RDgcQw=",
        Signatures.v3(SECRET, "POST", URI, SINGLE_QUOTED, "15000000"));
  }

  @Test
  void v3OfTheNewerSdkTest() {
    assertEquals(
        "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=",
        Signatures.v3(SECRET, "POST", URI, SINGLE_QUOTED, "1693657560000"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ' ',
      quoteCharacter = '"',
      value = {
        "%3A :", "%2F /", "%3F ?", "%40 @", "%21 !", "%24 $", "%27 '", "%28 (", "%29 )", "%2A *",
        "%2C ,", "%3B ;"
      })
  void eachOfTheTwelveEscapesIsDecodedForV3(String escape, String character) {
    assertEquals(
        URI + "?q=a" + character + "b", Signatures.decodeV3Uri(URI + "?q=a" + escape + "b"));
    assertEquals(
        Signatures.v3(SECRET, "POST", URI + "?q=a" + character + "b", SINGLE_QUOTED, "15000000"),
        Signatures.v3(SECRET, "POST", URI + "?q=a" + escape + "b", SINGLE_QUOTED, "15000000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"%20", "%26", "%3D", "%25", "%C3%BC", "%2B", "%3a", "%2f", "%", "%3", "a%3"})
  void everyOtherEscapeStaysAsSent(String escape) {
    assertEquals(URI + "?q=" + escape, Signatures.decodeV3Uri(URI + "?q=" + escape));
  }

  @Test
  void decodingIsOnePassSoADecodedCharacterNeverFormsAnEscape() {
    assertEquals("https://x/%253A:", Signatures.decodeV3Uri("https://x/%253A%3A"));
  }

  /**
   * Expected values computed independently (Python's hmac) over the URL with the twelve escapes
   * decoded by hand.
   */
  @Test
  void v3OverAUrlMixingDecodedAndKeptEscapes() {
    String sent = URI + "/a%3Ab%2Fc?x=%3F%40%21%24%27%28%29%2A%2C%3B&y=a%20b%26c%3Dd&z=%3a%253A";
    assertEquals(
        URI + "/a:b/c?x=?@!$'()*,;&y=a%20b%26c%3Dd&z=%3a%253A", Signatures.decodeV3Uri(sent));
    assertEquals(
        "VqNV5EtOcZ6rXX1yILhnkLUmVah35zdALQjqzqf+Gmw=",
        Signatures.v3(SECRET, "POST", sent, SINGLE_QUOTED, "1693657560000"));
  }

  @Test
  void v3OverAUtf8QueryAndBody() {
    assertEquals(
        "jKqLt58IwDkIZAcCCN0/eGBhulA+oEwlZ349nwAvpi0=",
        Signatures.v3(
            SECRET, "GET", URI + "?name=J%C3%BCrgen%2C%20K.", new byte[0], "1700000000000"));
    assertEquals(
        "9V6o/8BzRSzfV04BAJWbo6HoZqF/Xz2nYXP0IadgcOU=",
        Signatures.v3(
            SECRET,
            "PUT",
            "https://www.example.com/cards/1?portalId=62515",
            bytes("{\"name\":\"Zo\u00eb \uD83D\uDE00\"}"),
            "1700000000123"));
  }

  @Test
  void v2SignsTheUrlAsSentWithoutDecoding() {
    assertNotEquals(
        Signatures.v2(SECRET, "POST", URI + "?q=a:b", SINGLE_QUOTED),
        Signatures.v2(SECRET, "POST", URI + "?q=a%3Ab", SINGLE_QUOTED));
  }

  @Test
  void theBodyIsSignedAsRawBytesNotAsDecodedText() {
    byte[] notUtf8 = {'{', (byte) 0xff, '}'};
    byte[] replaced = new String(notUtf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    assertNotEquals(
        Signatures.v3(SECRET, "POST", URI, notUtf8, "1"),
        Signatures.v3(SECRET, "POST", URI, replaced, "1"));
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
