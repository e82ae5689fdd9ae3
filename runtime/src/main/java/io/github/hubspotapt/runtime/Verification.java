package io.github.hubspotapt.runtime;

/**
 * The outcome of verifying a request: verified, or refused with a reason that names what was wrong
 * (a missing header, a stale timestamp, a signature that does not match) and never a signature,
 * secret or body.
 *
 * @param verified whether the request is HubSpot's
 * @param refusal why it is not; null when verified
 */
public record Verification(boolean verified, String refusal) {

  private static final Verification VERIFIED = new Verification(true, null);

  /** A verified request. */
  public static Verification accepted() {
    return VERIFIED;
  }

  /**
   * A refused request.
   *
   * @param reason why, without secrets
   * @return the outcome
   */
  public static Verification refused(String reason) {
    return new Verification(false, reason);
  }
}
