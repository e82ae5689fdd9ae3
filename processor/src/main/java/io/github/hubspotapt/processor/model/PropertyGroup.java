package io.github.hubspotapt.processor.model;

/** {@code @PropertyGroup}. */
public record PropertyGroup(Located<String> name, Located<String> label) {}
