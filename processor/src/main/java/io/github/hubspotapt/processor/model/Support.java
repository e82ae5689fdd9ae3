package io.github.hubspotapt.processor.model;

/**
 * {@code @Support}: the {@code config.support} block. An empty string means the field is absent.
 */
public record Support(
    Located<String> supportEmail,
    Located<String> documentationUrl,
    Located<String> supportUrl,
    Located<String> supportPhone) {

  /** True when no field is set, so the block is left out of the file. */
  public boolean isEmpty() {
    return isBlank(supportEmail)
        && isBlank(documentationUrl)
        && isBlank(supportUrl)
        && isBlank(supportPhone);
  }

  static boolean isBlank(Located<String> value) {
    return value.value() == null || value.value().isEmpty();
  }
}
