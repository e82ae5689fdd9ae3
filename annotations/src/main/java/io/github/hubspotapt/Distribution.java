package io.github.hubspotapt;

/**
 * Who can install the app: {@link HubSpotApp#distribution()}, written as {@code
 * config.distribution}.
 */
public enum Distribution {
  /**
   * Eligible for the App Marketplace, installable in any account; needs {@link AuthType#OAUTH}.
   * Written as {@code marketplace}. {@link AppEvent}, {@link AppObject} and {@link
   * AppObjectAssociation} need it.
   */
  MARKETPLACE,
  /**
   * Installable only in allow-listed accounts (HubSpot's docs: at most 10 at a time for a private
   * OAuth app). Written as {@code private}. {@link AppFunction} and {@link Scim} need it.
   */
  PRIVATE
}
