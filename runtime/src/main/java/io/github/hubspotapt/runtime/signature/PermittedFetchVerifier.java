package io.github.hubspotapt.runtime.signature;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.Verification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Verifies the requests that UI extensions send with {@code hubspot.fetch} to a back end behind the
 * app's {@code permittedUrls.fetch}. They carry no custom header of the app's own: the v3 signature
 * is their only proof of origin.
 *
 * <p>A permitted URL is a prefix ({@code https://api.example.com}, or with a path): a card may
 * fetch any URL under it. The app serves what HubSpot reaches under a permitted URL at a local
 * mount path ({@code /} when a proxy passes paths through unchanged). So a request to local path
 * {@code mount + rest} is HubSpot calling {@code permitted + rest}, with the request's query. This
 * verifier builds that public URL for every permitted URL and accepts the request when it is signed
 * for one of them: a request signed for any other URL, or whose path is outside the mount path, is
 * refused.
 */
public final class PermittedFetchVerifier {

  private final SignatureVerifier signatures;
  private final List<String> permittedUrls;
  private final String mountPath;

  private PermittedFetchVerifier(
      SignatureVerifier signatures, List<String> permittedUrls, String mountPath) {
    this.signatures = signatures;
    this.permittedUrls = permittedUrls;
    this.mountPath = mountPath;
  }

  /**
   * A verifier.
   *
   * @param signatures the app's signature verifier (v3 decides; v2 only if turned on, for legacy
   *     card fetches)
   * @param permittedFetchUrls the app's {@code permittedUrls.fetch}, after profile substitution:
   *     absolute http(s) URLs; a query they have is ignored
   * @param mountPath the local path at which the app serves what HubSpot reaches at those URLs:
   *     {@code /} when the path is passed through unchanged, {@code /hubspot} when a proxy maps
   *     {@code https://api.example.com/} to {@code /hubspot/}
   * @return the verifier
   * @throws IllegalArgumentException when the list is empty, a URL is not absolute http(s), or the
   *     mount path does not start with {@code /}
   */
  public static PermittedFetchVerifier of(
      SignatureVerifier signatures, List<String> permittedFetchUrls, String mountPath) {
    Objects.requireNonNull(signatures, "signatures");
    if (permittedFetchUrls.isEmpty()) {
      throw new IllegalArgumentException(
          "permittedUrls.fetch is empty: no URL to verify fetch requests against");
    }
    List<String> bases = new ArrayList<>();
    for (String url : permittedFetchUrls) {
      bases.add(base(url));
    }
    if (!mountPath.startsWith("/")) {
      throw new IllegalArgumentException(
          "the mount path must start with /, not \"" + mountPath + "\"");
    }
    return new PermittedFetchVerifier(
        signatures, List.copyOf(bases), stripTrailingSlash(mountPath));
  }

  /**
   * Verifies a request.
   *
   * @param request the request as received
   * @return verified when HubSpot signed it for a URL under {@code permittedUrls.fetch}; else
   *     refused with the reason
   */
  public Verification verify(HubSpotRequest request) {
    if (!isUnderMount(request.path())) {
      return Verification.refused(
          "path "
              + request.path()
              + " is outside "
              + mountPathShown()
              + ", where this app serves the back end of permittedUrls.fetch");
    }
    return signatures.verifyAnyUrl(request, publicUrls(request));
  }

  /**
   * The public URLs a request may have been sent to, one per permitted URL: the permitted URL, then
   * the request's path below the mount path, then the request's query.
   *
   * @param request a request whose path is under the mount path
   * @return the candidate URLs, in the order of {@code permittedUrls.fetch}
   * @throws IllegalArgumentException when the request's path is outside the mount path
   */
  public List<String> publicUrls(HubSpotRequest request) {
    if (!isUnderMount(request.path())) {
      throw new IllegalArgumentException(
          "path " + request.path() + " is outside " + mountPathShown());
    }
    String rest = request.path().substring(mountPath.length());
    String query = request.rawQuery() == null ? "" : "?" + request.rawQuery();
    List<String> urls = new ArrayList<>();
    for (String base : permittedUrls) {
      urls.add((rest.isEmpty() ? base : stripTrailingSlash(base) + rest) + query);
    }
    return urls;
  }

  private boolean isUnderMount(String path) {
    return path.equals(mountPath) || path.startsWith(mountPath + "/");
  }

  private String mountPathShown() {
    return mountPath.isEmpty() ? "/" : mountPath;
  }

  private static String base(String url) {
    String base = url.split("[?#]", 2)[0];
    URI uri;
    try {
      uri = URI.create(base);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "permittedUrls.fetch entry \"" + url + "\" is not a URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "permittedUrls.fetch entry \"" + url + "\" is not an absolute https URL");
    }
    return base;
  }

  private static String stripTrailingSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public String toString() {
    return "PermittedFetchVerifier" + permittedUrls + " at " + mountPathShown();
  }
}
