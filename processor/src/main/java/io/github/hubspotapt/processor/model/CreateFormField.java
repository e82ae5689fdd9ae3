package io.github.hubspotapt.processor.model;

/** {@code @CreateFormField}. */
public record CreateFormField(Located<String> property, boolean required, boolean removable) {}
