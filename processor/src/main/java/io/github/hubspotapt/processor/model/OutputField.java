package io.github.hubspotapt.processor.model;

/**
 * One output field of a workflow action: a component of its output type, with {@code @OutputField}
 * if present. {@code fieldType} is empty when none is given; {@code externalOptions} is null unless
 * the source writes it out.
 */
public record OutputField(
    Origin origin,
    Located<String> name,
    FieldShape shape,
    Located<String> label,
    Located<String> fieldType,
    Located<Boolean> externalOptions) {}
