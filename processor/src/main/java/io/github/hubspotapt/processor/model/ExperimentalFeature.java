package io.github.hubspotapt.processor.model;

/**
 * {@code @ExperimentalFeature}: a parser-only feature type, its {@code config} as the user's JSON
 * text; {@code typeValue} is where the annotation's {@code type} member names it.
 */
public record ExperimentalFeature(
    Origin origin,
    ComponentType type,
    Origin typeValue,
    Located<String> uid,
    ComponentFile file,
    Located<String> config)
    implements Feature {}
