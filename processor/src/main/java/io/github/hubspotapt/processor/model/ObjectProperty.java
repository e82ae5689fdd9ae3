package io.github.hubspotapt.processor.model;

/**
 * One property of an app object: a component of its type, with {@code @ObjectProperty} if present.
 */
public record ObjectProperty(
    Origin origin,
    Located<String> name,
    FieldShape shape,
    Located<String> label,
    Located<String> description,
    Located<String> fieldType,
    Located<String> groupName,
    boolean hasUniqueValue,
    boolean readOnlyValue,
    boolean formField,
    boolean hidden,
    Located<String> calculationFormula) {}
