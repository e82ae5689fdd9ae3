package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.CrmBulkAction;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * A card's name and a bulk action's label are what users see in HubSpot: required, and not blank.
 */
final class FeatureNameRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Card card : project.features(Card.class)) {
      check(card.name(), "@Card name", diagnostics);
    }
    for (CrmBulkAction action : project.features(CrmBulkAction.class)) {
      check(action.label(), "@CrmBulkAction label", diagnostics);
    }
  }

  private static void check(Located<String> name, String what, Diagnostics diagnostics) {
    if (name.isPresent() && name.value().isBlank()) {
      diagnostics.report(
          RuleId.FEATURE_NAME,
          name.origin(),
          what
              + " is "
              + (name.value().isEmpty() ? "empty" : "blank: " + Quote.of(name.value()))
              + "; HubSpot shows it to users, so give it a title");
    }
  }
}
