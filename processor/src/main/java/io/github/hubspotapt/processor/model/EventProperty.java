package io.github.hubspotapt.processor.model;

/** One property of an app event: a field of its type, with {@code @EventProperty} if present. */
public record EventProperty(
    Origin origin,
    Located<String> name,
    FieldShape shape,
    Located<String> label,
    Located<String> description) {}
