package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.Card;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.vocabulary.CardLocations;
import io.github.hubspotapt.processor.vocabulary.Vocabulary;

/** HubSpot's app card reference: a card shows in exactly one of four locations. */
final class CardLocationRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Card card : project.features(Card.class)) {
      String location = card.location().value();
      if (location != null && !CardLocations.ALL.contains(location)) {
        diagnostics.report(
            RuleId.CARD_LOCATION,
            card.location().origin(),
            "card location "
                + Quote.of(location)
                + " is not one of "
                + String.join(", ", CardLocations.ALL)
                + Suggestions.didYouMean(
                    location, CardLocations.ALL, Vocabulary.CARD_LOCATION::constant));
      }
    }
  }
}
