package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.Card;
import java.util.List;

/** HubSpot's app card reference: a card shows in exactly one of four locations. */
final class CardLocationRule implements Rule {

  static final List<String> LOCATIONS = List.of("crm.record.tab", "crm.record.sidebar", "crm.preview", "helpdesk.sidebar");

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Card card : project.features(Card.class)) {
      String location = card.location().value();
      if (location != null && !LOCATIONS.contains(location)) {
        diagnostics.report(RuleId.CARD_LOCATION, card.location().origin(),
            "card location " + Quote.of(location) + " is not one of " + String.join(", ", LOCATIONS)
                + Suggestions.didYouMean(location, LOCATIONS, Vocabulary.CARD_LOCATION::constant));
      }
    }
  }
}
