package io.github.hubspotapt.processor.model;

/**
 * {@code hsproject.json}'s {@code platformVersion}, mirroring {@code
 * io.github.hubspotapt.PlatformVersion} by constant name. Declared oldest first, as HubSpot orders
 * them ({@code YYYY.M-beta} before {@code YYYY.M}, {@code unstable} newest), so feature rules can
 * compare with {@link #isAtLeast}. A release keeps what its beta accepts ({@code 2026.09} is the
 * generally available {@code 2026.09-beta}), so a rule names the first version, beta or not, and
 * every later one passes.
 */
public enum PlatformVersion {
  V2025_2("2025.2"),
  V2026_03_BETA("2026.03-beta"),
  V2026_03("2026.03"),
  V2026_09_BETA("2026.09-beta"),
  V2026_09("2026.09"),
  V2027_03_BETA("2027.03-beta"),
  V2027_03("2027.03"),
  UNSTABLE("unstable");

  private final String json;

  PlatformVersion(String json) {
    this.json = json;
  }

  /** The value HubSpot expects in the file. */
  public String json() {
    return json;
  }

  public boolean isAtLeast(PlatformVersion other) {
    return compareTo(other) >= 0;
  }
}
