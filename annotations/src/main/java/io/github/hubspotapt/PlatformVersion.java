package io.github.hubspotapt;

/**
 * HubSpot developer-platform versions that use {@code *-hsmeta.json} files: {@link
 * HubSpotApp#platformVersion()}, written as {@code platformVersion} of {@code hsproject.json}.
 * Older versions (2023.2, 2025.1) use another project format and are not offered. Declared oldest
 * first, in HubSpot's order ({@code YYYY.M-beta} before {@code YYYY.M}, {@code unstable} newest).
 */
public enum PlatformVersion {
  /**
   * {@code 2025.2}: the first version with {@code *-hsmeta.json} files. A {@link Page} is the
   * single app-home page ({@code location: "home"} is written).
   */
  V2025_2,
  /**
   * {@code 2026.03-beta}. A {@link Page} is still the single app-home page; {@link AppFunction}s
   * need static auth from this version on.
   */
  V2026_03_BETA,
  /**
   * {@code 2026.03}: the newest version HubSpot's CLI supports as stable, and the default. A {@link
   * Page} is a router with many pages; HubSpot's docs allow several {@link AppFunction}s per app
   * from this version on (HubSpot CLI 8.3.0 or later).
   */
  V2026_03,
  /**
   * {@code 2026.09-beta}: the first version that accepts {@link CrmBulkAction} and component-level
   * {@code permissions}.
   */
  V2026_09_BETA,
  /**
   * {@code 2026.09}: the generally available release of 2026.09-beta, with everything it accepts,
   * and the version HubSpot documents user-level apps with ({@link HubSpotApp#userLevel()}).
   * HubSpot's project parser 0.23.0 still names {@link #V2026_03} its newest supported version,
   * which stays the default.
   */
  V2026_09,
  /**
   * {@code 2027.03-beta}: known to HubSpot's project parser; HubSpot publishes no templates for it
   * yet.
   */
  V2027_03_BETA,
  /**
   * {@code 2027.03}: known to HubSpot's project parser; HubSpot publishes no templates for it yet.
   */
  V2027_03,
  /** {@code unstable}: HubSpot's moving preview, newer than every numbered version. */
  UNSTABLE
}
