package io.github.hubspotapt.runtime.signature;

import static io.github.hubspotapt.runtime.signature.SignaturesTest.SECRET;
import static io.github.hubspotapt.runtime.signature.SignaturesTest.SINGLE_QUOTED;
import static io.github.hubspotapt.runtime.signature.SignaturesTest.URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.Verification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureVerifierTest {

  static final long NOW = 1693657560000L;
  static final String V3_SIGNATURE = "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=";
  static final String V1_SIGNATURE =
      "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750";
  static final String V2_SIGNATURE =
      "4fe4e3a7d3cf09db53be39d0a58130e2aaba074ec123a9e355b876a689a1c383";

  private final SignatureVerifier v3Only = at(NOW).build();

  @Test
  void acceptsThePublishedV3RequestBehindAProxyThatChangedSchemeAndHost() {
    // The server sees only its own path; the declared https URL is what HubSpot signed.
    Verification verification = v3Only.verify(request("/webhook_uri", v3(V3_SIGNATURE, NOW)), URI);
    assertEquals(Verification.accepted(), verification);
  }

  @Test
  void theRequestsQueryReplacesTheDeclaredOne() {
    String signature =
        Signatures.v3(SECRET, "POST", URI + "?appId=54321&portalId=62515", SINGLE_QUOTED, "" + NOW);
    HubSpotRequest request = request("/webhook_uri?appId=54321&portalId=62515", v3(signature, NOW));
    assertTrue(v3Only.verify(request, URI + "?stale=1").verified());
    assertTrue(v3Only.verify(request, URI).verified());
  }

  @Test
  void theDeclaredQueryStaysWhenTheRequestHasNone() {
    String signature = Signatures.v3(SECRET, "POST", URI + "?tenant=a", SINGLE_QUOTED, "" + NOW);
    assertTrue(
        v3Only.verify(request("/webhook_uri", v3(signature, NOW)), URI + "?tenant=a").verified());
  }

  @Test
  void theTwelveEscapesOfTheRequestsQueryAreDecodedBeforeVerifying() {
    String signature =
        Signatures.v3(SECRET, "POST", URI + "?q=a:b@c&r=%20", SINGLE_QUOTED, "" + NOW);
    assertTrue(
        v3Only
            .verify(request("/webhook_uri?q=a%3Ab%40c&r=%20", v3(signature, NOW)), URI)
            .verified());
  }

  @Test
  void headerNamesAreReadInAnyLetterCase() {
    Map<String, String> headers =
        Map.of("x-hubspot-signature-V3", V3_SIGNATURE, "X-HUBSPOT-REQUEST-TIMESTAMP", "" + NOW);
    assertTrue(v3Only.verify(request("/webhook_uri", headers), URI).verified());
  }

  @Test
  void fiveMinutesOldIsAcceptedAndOneMillisecondMoreIsStale() {
    assertTrue(
        at(NOW + 300_000).build().verify(request("/", v3(V3_SIGNATURE, NOW)), URI).verified());
    Verification stale = at(NOW + 300_001).build().verify(request("/", v3(V3_SIGNATURE, NOW)), URI);
    assertRefused(
        "stale request: signed 300.001 s ago, more than the 300 s accepted"
            + " (X-HubSpot-Request-Timestamp)",
        stale);
    assertRefused(
        "stale request: signed 3600 s ago, more than the 300 s accepted (X-HubSpot-Request-Timestamp)",
        at(NOW + 3_600_000).build().verify(request("/", v3(V3_SIGNATURE, NOW)), URI));
  }

  @Test
  void theMaximumAgeIsConfigurable() {
    SignatureVerifier verifier = at(NOW + 120_000).maxAge(Duration.ofMinutes(1)).build();
    assertRefused(
        "stale request: signed 120 s ago, more than the 60 s accepted (X-HubSpot-Request-Timestamp)",
        verifier.verify(request("/", v3(V3_SIGNATURE, NOW)), URI));
  }

  @Test
  void aTimestampMoreThanAMinuteInTheFutureIsRefused() {
    assertTrue(
        at(NOW - 60_000).build().verify(request("/", v3(V3_SIGNATURE, NOW)), URI).verified());
    assertRefused(
        "request timestamp 60.001 s in the future, more than the 60 s of clock difference accepted "
            + "(X-HubSpot-Request-Timestamp)",
        at(NOW - 60_001).build().verify(request("/", v3(V3_SIGNATURE, NOW)), URI));
    assertRefused(
        "request timestamp 61 s in the future, more than the 60 s of clock difference accepted "
            + "(X-HubSpot-Request-Timestamp)",
        at(NOW - 61_000).build().verify(request("/", v3(V3_SIGNATURE, NOW)), URI));
    assertRefused(
        "request timestamp 0.5 s in the future, more than the 0.25 s of clock difference accepted "
            + "(X-HubSpot-Request-Timestamp)",
        at(NOW - 500)
            .maxFuture(Duration.ofMillis(250))
            .build()
            .verify(request("/", v3(V3_SIGNATURE, NOW)), URI));
    assertTrue(
        at(NOW - 600_000)
            .maxFuture(Duration.ofMinutes(10))
            .build()
            .verify(request("/", v3(V3_SIGNATURE, NOW)), URI)
            .verified());
  }

  @Test
  void aMissingTimestampIsRefused() {
    assertRefused(
        "missing X-HubSpot-Request-Timestamp header beside X-HubSpot-Signature-v3",
        v3Only.verify(request("/", Map.of("X-HubSpot-Signature-v3", V3_SIGNATURE)), URI));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.6e12",
        "-1693657560000",
        "0x64",
        "1693657560000ms",
        "1234567890123456789",
        "١٢٣"
      })
  void anUnparsableTimestampIsRefused(String timestamp) {
    Map<String, String> headers =
        Map.of("X-HubSpot-Signature-v3", V3_SIGNATURE, "X-HubSpot-Request-Timestamp", timestamp);
    assertRefused(
        "unparsable X-HubSpot-Request-Timestamp header: not epoch milliseconds",
        v3Only.verify(request("/", headers), URI));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbled",
        "K36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y",
        "k36dawei4A+QBNolUOqo7s91KQDWQ5MXZ/QufNYuk/Y=",
        "69fc6631a867edd4f9e9e627fc5c1148e3fbdd8b21837b6d2b8901c1fa57f750"
      })
  void aWrongOrGarbledSignatureIsAMismatch(String signature) {
    assertRefused(
        "signature mismatch in X-HubSpot-Signature-v3: not signed with this app's client secret for "
            + URI
            + " (with the request's method, query and body)",
        v3Only.verify(request("/webhook_uri?portalId=1", v3(signature, NOW)), URI));
  }

  @Test
  void anotherSecretMethodBodyOrUrlIsAMismatch() {
    assertFalse(
        SignatureVerifier.builder("another-secret")
            .clock(fixed(NOW))
            .build()
            .verify(request("/", v3(V3_SIGNATURE, NOW)), URI)
            .verified());
    HubSpotRequest put =
        HubSpotRequest.of("PUT", "/", headers(v3(V3_SIGNATURE, NOW)), SINGLE_QUOTED);
    assertFalse(v3Only.verify(put, URI).verified());
    HubSpotRequest otherBody =
        HubSpotRequest.of("POST", "/", headers(v3(V3_SIGNATURE, NOW)), new byte[] {'{', '}'});
    assertFalse(v3Only.verify(otherBody, URI).verified());
    assertFalse(
        v3Only
            .verify(request("/", v3(V3_SIGNATURE, NOW)), "http://www.example.com/webhook_uri")
            .verified());
  }

  @Test
  void anUnsignedRequestIsRefused() {
    assertRefused(
        "no HubSpot signature: the request has no X-HubSpot-Signature-v3 header",
        v3Only.verify(request("/", Map.of()), URI));
    assertRefused(
        "no HubSpot signature: the request has no X-HubSpot-Signature-v3 nor X-HubSpot-Signature header",
        at(NOW)
            .accept(SignatureVersion.V3, SignatureVersion.V2)
            .build()
            .verify(request("/", Map.of()), URI));
    assertRefused(
        "no HubSpot signature: the request has no X-HubSpot-Signature header",
        at(NOW).accept(SignatureVersion.V2).build().verify(request("/", Map.of()), URI));
  }

  @Test
  void v1AndV2AreRefusedUnlessTurnedOn() {
    assertRefused(
        "signature version v1 is not accepted (this verifier accepts v3; "
            + "SignatureVerifier.builder(...).accept(...) turns others on)",
        v3Only.verify(request("/", v1()), URI));
    assertRefused(
        "signature version v2 is not accepted (this verifier accepts v3; "
            + "SignatureVerifier.builder(...).accept(...) turns others on)",
        v3Only.verify(request("/", v2()), URI));
    SignatureVerifier v2Only = at(NOW).accept(SignatureVersion.V2).build();
    assertRefused(
        "signature version v1 is not accepted (this verifier accepts v2; "
            + "SignatureVerifier.builder(...).accept(...) turns others on)",
        v2Only.verify(request("/", v1()), URI));
  }

  @Test
  void v1AndV2AreAcceptedWhenTurnedOn() {
    SignatureVerifier all = at(NOW).accept(SignatureVersion.values()).build();
    assertTrue(all.verify(request("/webhook_uri", v1()), URI).verified());
    assertTrue(all.verify(request("/webhook_uri", v2()), URI).verified());
    assertRefused(
        "signature mismatch in X-HubSpot-Signature (v2): not signed with this app's client secret for "
            + "https://www.example.com/other (with the request's method, query and body)",
        all.verify(request("/other", v2()), "https://www.example.com/other"));
    assertRefused(
        "signature mismatch in X-HubSpot-Signature (v1): not signed with this app's client secret",
        all.verify(HubSpotRequest.of("POST", "/", headers(v1()), new byte[0]), URI));
  }

  @Test
  void v1AndV2NeedAKnownVersionHeader() {
    SignatureVerifier all = at(NOW).accept(SignatureVersion.values()).build();
    assertRefused(
        "missing X-HubSpot-Signature-Version header beside X-HubSpot-Signature",
        all.verify(request("/", Map.of("X-HubSpot-Signature", V1_SIGNATURE)), URI));
    assertRefused(
        "X-HubSpot-Signature-Version header names no signature version this verifier knows (v1, v2)",
        all.verify(
            request(
                "/",
                Map.of("X-HubSpot-Signature", V1_SIGNATURE, "X-HubSpot-Signature-Version", "v9")),
            URI));
  }

  @Test
  void whenV3IsPresentAndAcceptedV3Decides() {
    SignatureVerifier all = at(NOW).accept(SignatureVersion.values()).build();
    Map<String, String> goodV3BadV1 = new LinkedHashMap<>(v3(V3_SIGNATURE, NOW));
    goodV3BadV1.putAll(Map.of("X-HubSpot-Signature", "00", "X-HubSpot-Signature-Version", "v1"));
    assertTrue(all.verify(request("/", goodV3BadV1), URI).verified());

    Map<String, String> badV3GoodV2 = new LinkedHashMap<>(v3("AAAA", NOW));
    badV3GoodV2.putAll(v2());
    assertFalse(all.verify(request("/webhook_uri", badV3GoodV2), URI).verified());
    // v3 not accepted: the older signature beside it decides.
    SignatureVerifier v2Only = at(NOW).accept(SignatureVersion.V2).build();
    assertTrue(v2Only.verify(request("/webhook_uri", badV3GoodV2), URI).verified());
    assertRefused(
        "signature version v3 is not accepted (this verifier accepts v2; "
            + "SignatureVerifier.builder(...).accept(...) turns others on)",
        v2Only.verify(request("/", v3(V3_SIGNATURE, NOW)), URI));
  }

  @Test
  void verifyAnyUrlAcceptsASignatureForOneOfTheCandidates() {
    HubSpotRequest request = request("/", v3(V3_SIGNATURE, NOW));
    assertTrue(v3Only.verifyAnyUrl(request, List.of("https://a.example.com/", URI)).verified());
    assertRefused(
        "signature mismatch in X-HubSpot-Signature-v3: not signed with this app's client secret for any of "
            + "https://a.example.com/, https://b.example.com/ (with the request's method, query and body)",
        v3Only.verifyAnyUrl(
            request, List.of("https://a.example.com/", "https://b.example.com/?x=1")));
  }

  @Test
  void refusalsAndToStringNeverShowSecretsSignaturesOrBodies() {
    SignatureVerifier all = at(NOW + 1_000_000).accept(SignatureVersion.values()).build();
    List<Map<String, String>> headerSets =
        List.of(
            v3(V3_SIGNATURE, NOW),
            v3(V3_SIGNATURE, NOW + 999_000),
            v3("forged", NOW + 1_000_000),
            Map.of("X-HubSpot-Signature", "forged", "X-HubSpot-Signature-Version", "v1"),
            Map.of("X-HubSpot-Signature", "forged", "X-HubSpot-Signature-Version", "v2"),
            Map.of("X-HubSpot-Signature", V1_SIGNATURE));
    for (Map<String, String> headers : headerSets) {
      Verification verification = all.verify(request("/?userEmail=a@b.example", headers), URI);
      String refusal = verification.refusal();
      assertFalse(verification.verified(), headers.toString());
      for (String secret :
          List.of(SECRET, V3_SIGNATURE, V1_SIGNATURE, "forged", "example_field", "userEmail")) {
        assertFalse(refusal.contains(secret), refusal);
      }
    }
    assertEquals(
        "SignatureVerifier[accepts v1, v2, v3, max age 300 s, max future 60 s]", all.toString());
    assertFalse(SignatureVerifier.builder(SECRET).toString().contains(SECRET));
  }

  @Test
  void aBuilderRefusesWhatCannotVerify() {
    assertThrows(IllegalArgumentException.class, () -> SignatureVerifier.of(" "));
    assertThrows(IllegalArgumentException.class, () -> SignatureVerifier.of(null));
    assertThrows(IllegalArgumentException.class, () -> SignatureVerifier.builder(SECRET).accept());
    assertThrows(
        IllegalArgumentException.class,
        () -> SignatureVerifier.builder(SECRET).maxAge(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> SignatureVerifier.builder(SECRET).maxFuture(Duration.ofSeconds(-1)));
    assertEquals(java.util.Set.of(SignatureVersion.V3), SignatureVerifier.of(SECRET).accepted());
  }

  static SignatureVerifier.Builder at(long millis) {
    return SignatureVerifier.builder(SECRET).clock(fixed(millis));
  }

  static Clock fixed(long millis) {
    return Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  static Map<String, String> v3(String signature, long timestamp) {
    return Map.of(
        "X-HubSpot-Signature-v3",
        signature,
        "X-HubSpot-Request-Timestamp",
        Long.toString(timestamp));
  }

  private static Map<String, String> v1() {
    return Map.of("X-HubSpot-Signature", V1_SIGNATURE, "X-HubSpot-Signature-Version", "v1");
  }

  private static Map<String, String> v2() {
    return Map.of("X-HubSpot-Signature", V2_SIGNATURE, "X-HubSpot-Signature-Version", "v2");
  }

  /** A POST with the SDK tests' body. */
  static HubSpotRequest request(String target, Map<String, String> headers) {
    return HubSpotRequest.of("POST", target, headers(headers), SINGLE_QUOTED);
  }

  static Map<String, List<String>> headers(Map<String, String> headers) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    headers.forEach((name, value) -> lists.put(name, List.of(value)));
    return lists;
  }

  private static void assertRefused(String reason, Verification verification) {
    assertEquals(Verification.refused(reason), verification);
  }
}
