package io.github.hubspotapt.runtime.signature;

import static io.github.hubspotapt.runtime.signature.SignatureVerifierTest.NOW;
import static io.github.hubspotapt.runtime.signature.SignatureVerifierTest.at;
import static io.github.hubspotapt.runtime.signature.SignatureVerifierTest.headers;
import static io.github.hubspotapt.runtime.signature.SignatureVerifierTest.v3;
import static io.github.hubspotapt.runtime.signature.SignaturesTest.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.Verification;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermittedFetchVerifierTest {

  private static final List<String> PERMITTED =
      List.of("https://api.hubapi.com", "https://cards.example.com/crm/");
  private static final byte[] BODY = SignaturesTest.bytes("{\"dealId\":\"42\"}");

  private final SignatureVerifier signatures = at(NOW).build();

  @Test
  void aRequestIsHubSpotCallingThePermittedUrlPlusItsPathBelowTheMount() {
    PermittedFetchVerifier verifier = PermittedFetchVerifier.of(signatures, PERMITTED, "/backend");
    HubSpotRequest request = get("/backend/deals/42?appId=7&portalId=62515", "");
    assertEquals(
        List.of(
            "https://api.hubapi.com/deals/42?appId=7&portalId=62515",
            "https://cards.example.com/crm/deals/42?appId=7&portalId=62515"),
        verifier.publicUrls(request));
    assertEquals(
        List.of("https://api.hubapi.com", "https://cards.example.com/crm/"),
        verifier.publicUrls(get("/backend", "")));
  }

  @Test
  void verifiesASignatureForAnyPermittedUrl() {
    String url = "https://cards.example.com/crm/deals/42?appId=7";
    PermittedFetchVerifier verifier = PermittedFetchVerifier.of(signatures, PERMITTED, "/");
    assertEquals(Verification.accepted(), verifier.verify(post("/deals/42?appId=7", url)));
    // Behind a proxy that maps https://cards.example.com/crm/ to /hubspot/ on this server:
    PermittedFetchVerifier mounted =
        PermittedFetchVerifier.of(
            signatures, List.of("https://cards.example.com/crm"), "/hubspot/");
    assertTrue(mounted.verify(post("/hubspot/deals/42?appId=7", url)).verified());
  }

  @Test
  void aRequestSignedForAUrlOutsideThePermittedOnesIsRefused() {
    PermittedFetchVerifier verifier = PermittedFetchVerifier.of(signatures, PERMITTED, "/");
    assertEquals(
        Verification.refused(
            "signature mismatch in X-HubSpot-Signature-v3: not signed with this app's "
                + "client secret for any of https://api.hubapi.com/deals/42, https://cards.example.com/crm/deals/42 (with the "
                + "request's method, query and body)"),
        verifier.verify(post("/deals/42", "https://evil.example.com/deals/42")));
  }

  @Test
  void aPathOutsideTheMountIsRefusedWithoutComputingAnything() {
    PermittedFetchVerifier verifier = PermittedFetchVerifier.of(signatures, PERMITTED, "/hubspot");
    assertEquals(
        Verification.refused(
            "path /hubspotx/deals is outside /hubspot, where this app serves the back end "
                + "of permittedUrls.fetch"),
        verifier.verify(post("/hubspotx/deals", "https://api.hubapi.com/x/deals")));
    assertThrows(IllegalArgumentException.class, () -> verifier.publicUrls(get("/other", "")));
  }

  @Test
  void refusesADeclarationThatCannotBeVerifiedAgainst() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PermittedFetchVerifier.of(signatures, List.of(), "/"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PermittedFetchVerifier.of(signatures, List.of("/relative/path"), "/"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PermittedFetchVerifier.of(signatures, List.of("ftp://files.example.com"), "/"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PermittedFetchVerifier.of(signatures, List.of("https://bad host"), "/"));
    assertThrows(
        IllegalArgumentException.class,
        () -> PermittedFetchVerifier.of(signatures, PERMITTED, "hubspot"));
  }

  @Test
  void toStringShowsTheUrlsAndMountButNoSecret() {
    String shown = PermittedFetchVerifier.of(signatures, PERMITTED, "/").toString();
    assertEquals(
        "PermittedFetchVerifier[https://api.hubapi.com, https://cards.example.com/crm/] at /",
        shown);
    assertFalse(shown.contains(SECRET));
  }

  /** A POST signed by HubSpot for a public URL. */
  private static HubSpotRequest post(String target, String signedUrl) {
    String signature = Signatures.v3(SECRET, "POST", signedUrl, BODY, Long.toString(NOW));
    return HubSpotRequest.of("POST", target, headers(v3(signature, NOW)), BODY);
  }

  private static HubSpotRequest get(String target, String signature) {
    return HubSpotRequest.of("GET", target, headers(v3(signature, NOW)), new byte[0]);
  }
}
