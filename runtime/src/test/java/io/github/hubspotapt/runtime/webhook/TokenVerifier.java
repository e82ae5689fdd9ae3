package io.github.hubspotapt.runtime.webhook;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.RequestVerifier;
import io.github.hubspotapt.runtime.Verification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stand-in for the signature verifier: a request is verified when one header holds a fixed token.
 * Records the declared URL of every call, so tests see what the endpoint verifies against and
 * whether it verified at all.
 */
final class TokenVerifier implements RequestVerifier {

  static final String HEADER = "X-Test-Token";
  static final String TOKEN = "test-token-1";

  private final List<String> declaredUrls = Collections.synchronizedList(new ArrayList<>());

  @Override
  public Verification verify(HubSpotRequest request, String declaredUrl) {
    declaredUrls.add(declaredUrl);
    String token = request.header(HEADER);
    if (token == null) {
      return Verification.refused("missing header " + HEADER);
    }
    return TOKEN.equals(token) ? Verification.accepted() : Verification.refused("wrong token");
  }

  /** The declared URL of each call, in order. */
  List<String> declaredUrls() {
    return declaredUrls;
  }
}
