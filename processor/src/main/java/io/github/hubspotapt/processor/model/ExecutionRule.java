package io.github.hubspotapt.processor.model;

/** {@code @ExecutionRule}: {@code conditions} is JSON text. */
public record ExecutionRule(Origin origin, Located<String> labelName, Located<String> conditions) {}
