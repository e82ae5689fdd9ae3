package io.github.hubspotapt.runtime;

/**
 * Decides whether a request really comes from HubSpot, before anything reads its body. The
 * signature verifier of {@code io.github.hubspotapt.runtime.signature} is the implementation;
 * endpoints depend on this interface only.
 */
@FunctionalInterface
public interface RequestVerifier {

  /**
   * Verifies one request.
   *
   * @param request the request as received
   * @param declaredUrl the public URL the project declares for this endpoint ({@code targetUrl},
   *     {@code actionUrl}, ...), after profile substitution: HubSpot signs the URL it called, which
   *     a proxy in front of the application may have changed; the request's own query is added to
   *     it
   * @return whether the request is HubSpot's, and if not, why
   */
  Verification verify(HubSpotRequest request, String declaredUrl);
}
