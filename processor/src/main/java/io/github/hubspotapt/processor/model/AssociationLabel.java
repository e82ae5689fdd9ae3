package io.github.hubspotapt.processor.model;

/**
 * {@code @AssociationLabel}: one label of an app-object association; its object labels are empty
 * when not given.
 */
public record AssociationLabel(
    Origin origin,
    Located<String> name,
    Located<String> firstObjectTypeLabel,
    Located<String> secondObjectTypeLabel) {}
