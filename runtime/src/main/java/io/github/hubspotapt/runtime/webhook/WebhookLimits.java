package io.github.hubspotapt.runtime.webhook;

/**
 * How large a webhook request may be before it is refused unread.
 *
 * @param maxBodyBytes the largest body accepted; larger is answered 413
 * @param maxEvents the most events one batch may hold; more is answered 400
 */
public record WebhookLimits(int maxBodyBytes, int maxEvents) {

  /** HubSpot's documented batch size: at most 100 events per request. */
  public static final int HUBSPOT_MAX_EVENTS = 100;

  /**
   * HubSpot documents no body size. 20 MiB holds 100 events that each carry a property value at
   * HubSpot's limit of 65,536 characters, even if every character takes 3 bytes of UTF-8. Most
   * batches are a few kilobytes, but one whose events carry long text values (a description, a
   * note) is megabytes: 100 values of 15,000 characters make 1.5 MB.
   */
  public static final int HUBSPOT_MAX_BODY_BYTES = 20 * 1024 * 1024;

  /** The limits HubSpot's own batches stay within. */
  public static final WebhookLimits HUBSPOT =
      new WebhookLimits(HUBSPOT_MAX_BODY_BYTES, HUBSPOT_MAX_EVENTS);

  /** Limits as given; both at least 1. */
  public WebhookLimits {
    if (maxBodyBytes < 1 || maxEvents < 1) {
      throw new IllegalArgumentException(
          "limits must be at least 1, were maxBodyBytes="
              + maxBodyBytes
              + ", maxEvents="
              + maxEvents);
    }
  }
}
