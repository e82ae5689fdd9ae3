package io.github.hubspotapt.processor.model;

/** A text for a named field or rule: {@code @FieldText}. */
public record Text(Located<String> name, Located<String> text) {}
