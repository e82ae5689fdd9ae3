package io.github.hubspotapt.processor.model;

/**
 * A value read from an annotation, with the place a diagnostic about it points at. {@code value} is
 * null when unreadable.
 */
public record Located<T>(T value, Origin origin) {

  public boolean isPresent() {
    return value != null;
  }
}
