package io.github.hubspotapt.processor.model;

/** {@code @ExperimentalFeature}: a parser-only feature type, its {@code config} as the user's JSON text. */
public record ExperimentalFeature(Origin origin, ComponentType type, Located<String> uid, Located<String> config)
    implements Feature {}
