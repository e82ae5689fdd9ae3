package io.github.hubspotapt.processor.model;

import java.util.List;

/** A workflow action's texts in one locale: {@code @ActionLabels}. */
public record ActionLabels(
    Origin origin,
    Located<String> locale,
    Located<String> actionName,
    Located<String> actionDescription,
    Located<String> actionCardContent,
    Located<String> appDisplayName,
    List<Text> inputFieldLabels,
    List<Text> inputFieldDescriptions,
    List<Text> outputFieldLabels,
    List<Text> executionRules) {}
