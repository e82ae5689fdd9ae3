package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.RequestVerifier;
import io.github.hubspotapt.runtime.Verification;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A verifier for tests (the signature verifier is written elsewhere): a request is HubSpot's when
 * it carries the test signature header and the endpoint asks about the URL it declares.
 */
final class TestVerifier implements RequestVerifier {

  private final String declaredUrl;
  private final AtomicInteger calls = new AtomicInteger();

  TestVerifier(String declaredUrl) {
    this.declaredUrl = declaredUrl;
  }

  @Override
  public Verification verify(HubSpotRequest request, String url) {
    calls.incrementAndGet();
    if (!declaredUrl.equals(url)) {
      return Verification.refused("asked about " + url + ", not the declared URL");
    }
    if (!TestServer.VALID_SIGNATURE.equals(request.header(TestServer.SIGNATURE_HEADER))) {
      return Verification.refused("signature does not match");
    }
    return Verification.accepted();
  }

  int calls() {
    return calls.get();
  }
}
