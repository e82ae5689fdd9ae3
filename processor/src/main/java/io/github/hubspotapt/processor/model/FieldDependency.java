package io.github.hubspotapt.processor.model;

import java.util.List;

/** {@code @FieldDependency}: an empty controlling value means any value. */
public record FieldDependency(
    Origin origin,
    Located<String> controllingField,
    Located<String> controllingValue,
    List<Located<String>> dependentFields) {}
