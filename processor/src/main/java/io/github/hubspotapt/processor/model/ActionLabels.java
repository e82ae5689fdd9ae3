package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * A workflow action's texts in one locale: {@code @ActionLabels}. The locale is written as a key of
 * {@code labels}, which HubSpot's CLI does not substitute: {@code ${...}} in it stays as written.
 */
public record ActionLabels(
    Origin origin,
    @Verbatim Located<String> locale,
    Located<String> actionName,
    Located<String> actionDescription,
    Located<String> actionCardContent,
    Located<String> appDisplayName,
    List<Text> inputFieldLabels,
    List<Text> inputFieldDescriptions,
    List<Text> outputFieldLabels,
    List<Text> executionRules) {}
