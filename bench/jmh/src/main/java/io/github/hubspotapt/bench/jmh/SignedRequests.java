package io.github.hubspotapt.bench.jmh;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.signature.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Requests signed as HubSpot signs them (v3), and the clock both the library and the baseline check
 * their timestamp against: fixed one second after signing, so that a request stays fresh however
 * long a run takes.
 */
final class SignedRequests {

  /** A made-up client secret of the length HubSpot's have. */
  static final String CLIENT_SECRET = "5f2a9c1e-8b7d-4e3f-a6c0-1d2e3f4a5b6c";

  static final long SIGNED_AT = 1_767_225_600_000L;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(SIGNED_AT + 1_000), ZoneOffset.UTC);

  private SignedRequests() {}

  /**
   * A POST to a declared URL, signed with {@link #CLIENT_SECRET}, as an HTTP adapter hands it to an
   * endpoint.
   *
   * @param url the public URL HubSpot calls (scheme, host, path)
   * @param json the body
   */
  static HubSpotRequest post(String url, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(SIGNED_AT);
    String signature = Signatures.v3(CLIENT_SECRET, "POST", url, body, timestamp);
    Map<String, List<String>> headers =
        Map.of(
            "Content-Type", List.of("application/json"),
            "User-Agent", List.of("HubSpot Connect 2.0 (http://dev.hubspot.com/)"),
            "X-HubSpot-Signature-v3", List.of(signature),
            "X-HubSpot-Request-Timestamp", List.of(timestamp));
    return HubSpotRequest.of("POST", pathOf(url), headers, body);
  }

  private static String pathOf(String url) {
    return url.substring(url.indexOf('/', url.indexOf("//") + 2));
  }
}
