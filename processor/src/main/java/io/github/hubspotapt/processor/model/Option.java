package io.github.hubspotapt.processor.model;

/** One option of an enumeration field, from an enum constant. {@code displayOrder} is negative when unset. */
public record Option(String value, String label, String description, int displayOrder, boolean hidden) {}
