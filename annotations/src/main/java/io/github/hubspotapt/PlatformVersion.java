package io.github.hubspotapt;

/**
 * HubSpot developer-platform versions that use {@code *-hsmeta.json} files ({@code hsproject.json}'s
 * {@code platformVersion}). Older versions (2023.2, 2025.1) use another project format and are not offered.
 */
public enum PlatformVersion {
  /** {@code 2025.2}: the first version with {@code *-hsmeta.json} files. */
  V2025_2,
  /** {@code 2026.03-beta}. */
  V2026_03_BETA,
  /** {@code 2026.03}: the newest version HubSpot's CLI supports as stable. */
  V2026_03,
  /** {@code 2026.09-beta}. */
  V2026_09_BETA,
  /** {@code 2026.09}. */
  V2026_09,
  /** {@code 2027.03-beta}. */
  V2027_03_BETA,
  /** {@code 2027.03}. */
  V2027_03,
  /** {@code unstable}: HubSpot's moving preview. */
  UNSTABLE
}
