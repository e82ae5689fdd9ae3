package io.github.hubspotapt.runtime.oauth;

/**
 * An account has no usable tokens: it never installed the app, or its refresh token is dead ({@code
 * invalid_grant}: the app was uninstalled, or access was revoked) and its tokens were deleted.
 * Nothing works for the account until a user installs the app again.
 */
public final class InstallRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long hubId;

  /**
   * An exception.
   *
   * @param hubId the account
   * @param reason why, without secrets
   * @param cause HubSpot's refusal, or null
   */
  public InstallRequiredException(long hubId, String reason, Throwable cause) {
    super("HubSpot account " + hubId + " must install the app again: " + reason, cause);
    this.hubId = hubId;
  }

  /** The account that must install the app again. */
  public long hubId() {
    return hubId;
  }
}
