package io.github.hubspotapt.processor.diagnostics;

/**
 * One finding as reported, without its place: what a later compilation reports again ({@link
 * Diagnostics#report}).
 */
public record Finding(RuleId rule, String message) {}
