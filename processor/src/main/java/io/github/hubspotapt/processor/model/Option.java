package io.github.hubspotapt.processor.model;

/**
 * One option of an enumeration field, from an enum constant. Every member keeps where it was
 * written (the constant, where {@code @Option} does not set it), so that a profile placeholder in a
 * value or label is checked like any other and a member a field's format has no place for is
 * reported on its value: {@code description} is empty and {@code displayOrder} negative when unset.
 */
public record Option(
    Located<String> value,
    Located<String> label,
    Located<String> description,
    Located<Integer> displayOrder,
    Located<Boolean> hidden) {

  public boolean hasDescription() {
    return !description.value().isEmpty();
  }

  public boolean hasDisplayOrder() {
    return displayOrder.value() >= 0;
  }

  public boolean isHidden() {
    return hidden.value();
  }
}
