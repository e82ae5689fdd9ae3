package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * A card or bulk action must name the CRM objects it shows on: {@code objectTypes} is required and
 * not empty.
 */
final class ObjectTypesEmptyRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (ObjectTypes entry : ObjectTypes.all(project)) {
      if (entry.objectTypes().isEmpty()) {
        diagnostics.report(
            RuleId.OBJECT_TYPES_EMPTY,
            entry.feature().origin(),
            entry.feature().type().annotation()
                + " objectTypes is empty; name at least one, e.g."
                + " objectTypes = \"contacts\"");
      }
    }
  }
}
