package io.github.hubspotapt.processor.model;

/** A field described only by name and label: an app event's property. */
public record NamedField(Origin origin, Located<String> name, FieldShape shape, Located<String> label) {}
