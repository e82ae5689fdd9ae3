package io.github.hubspotapt;

/** Who can install the app ({@code config.distribution}). */
public enum Distribution {
  /** Eligible for the App Marketplace, installable in any account; needs OAuth. Written as {@code marketplace}. */
  MARKETPLACE,
  /** Installable only in allow-listed accounts. Written as {@code private}. */
  PRIVATE
}
