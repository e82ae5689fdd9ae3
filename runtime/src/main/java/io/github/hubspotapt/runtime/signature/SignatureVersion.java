package io.github.hubspotapt.runtime.signature;

import java.util.Locale;

/**
 * The versions of HubSpot's request signature. v3 (an HMAC over method, URL, body and timestamp)
 * comes with every signed request to an OAuth app; v1 and v2 (plain SHA-256 hashes without a
 * timestamp, so a captured request can be replayed forever) still come beside it for compatibility,
 * and are accepted only when an app turns them on.
 */
public enum SignatureVersion {
  /** {@code X-HubSpot-Signature} over client secret and body: webhook-API subscriptions. */
  V1,
  /**
   * {@code X-HubSpot-Signature} over client secret, method, URL and body: workflow actions, legacy
   * CRM cards.
   */
  V2,
  /**
   * {@code X-HubSpot-Signature-v3} with {@code X-HubSpot-Request-Timestamp}: every signed request.
   */
  V3;

  /** The name HubSpot uses ({@code v1}), as in the {@code X-HubSpot-Signature-Version} header. */
  public String headerValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
