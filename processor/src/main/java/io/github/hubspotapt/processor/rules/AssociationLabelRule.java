package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.AssociationLabel;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.HashSet;
import java.util.Set;

/**
 * An association label is known by its name (HubSpot's association labels have an internal name,
 * unique among the labels of one pair of objects): a blank name, or one another label of the
 * association has, names no label. A warning: no upload of such a label has been measured.
 */
final class AssociationLabelRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppObjectAssociation association : project.features(AppObjectAssociation.class)) {
      Set<String> seen = new HashSet<>();
      for (AssociationLabel label : association.labels()) {
        String name = label.name().value();
        if (name == null) {
          continue;
        }
        if (name.isBlank()) {
          diagnostics.report(
              RuleId.ASSOCIATION_LABEL,
              label.name().origin(),
              "association label name "
                  + Quote.of(name)
                  + " is blank; a label needs a name, such as \"default\"");
        } else if (!seen.add(name)) {
          diagnostics.report(
              RuleId.ASSOCIATION_LABEL,
              label.name().origin(),
              "association label name "
                  + Quote.of(name)
                  + " is used by an earlier label of this association; each"
                  + " label needs a name of its own");
        }
      }
    }
  }
}
