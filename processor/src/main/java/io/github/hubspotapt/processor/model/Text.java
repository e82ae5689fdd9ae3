package io.github.hubspotapt.processor.model;

/**
 * A text for a named field or rule: {@code @FieldText}. Its name is written as a key of the labels'
 * objects, which HubSpot's CLI does not substitute: {@code ${...}} in it stays as written.
 */
public record Text(@Verbatim Located<String> name, Located<String> text) {}
