package io.github.hubspotapt.processor.diagnostics;

import javax.tools.Diagnostic;

/**
 * One finding without a place in the sources, as printed: what a later compilation with the same
 * models and options prints again ({@link Diagnostics#print(Finding)}).
 *
 * @param text the rule id, the message and the link to the rule's page, escaped as printed
 * @param unit the group of rules that reported it ({@link Diagnostics#unit}): a later compilation
 *     that changed nothing the group reads runs it all the same where it reported something; the
 *     front-end rules' unit for theirs, which such a compilation reports again without running
 *     them; empty for the rules that always run
 */
public record Finding(Diagnostic.Kind kind, String text, String unit) {}
