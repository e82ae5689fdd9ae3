package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * What the rules report on one profile's copy of the model, kept to be compared with the other
 * profiles'.
 */
final class ProfileFindings extends Diagnostics {

  record Finding(RuleId rule, Origin origin, String message) {}

  private final List<Finding> findings = new ArrayList<>();

  @Override
  public void report(RuleId rule, Origin origin, String message) {
    findings.add(new Finding(rule, origin, message));
  }

  List<Finding> findings() {
    return findings;
  }
}
