package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * HubSpot's parser: a project has at most one component of each single-instance type (settings,
 * page, scim, ...).
 */
final class FeatureSingleRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (ComponentType type : ComponentType.values()) {
      if (!type.singular()) {
        continue;
      }
      List<Feature> all = new ArrayList<>();
      for (Feature feature : project.features()) {
        if (feature.type() == type) {
          all.add(feature);
        }
      }
      if (all.size() < 2) {
        continue;
      }
      String where =
          all.stream().map(f -> f.origin().element().toString()).collect(Collectors.joining(", "));
      for (Feature feature : all) {
        diagnostics.report(
            RuleId.FEATURE_SINGLE,
            feature.origin(),
            "an app has at most one "
                + type.annotation()
                + ", but "
                + all.size()
                + " classes carry it: "
                + where);
      }
    }
  }
}
