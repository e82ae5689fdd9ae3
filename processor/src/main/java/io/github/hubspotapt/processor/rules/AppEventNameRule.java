package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's app-event reference: the name is at most 50 characters (and cannot change after
 * creation).
 */
final class AppEventNameRule implements Rule {

  static final int MAX = 50;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppEvent event : project.features(AppEvent.class)) {
      String name = event.name().value();
      if (name != null && (name.isBlank() || Quote.length(name) > MAX)) {
        diagnostics.report(
            RuleId.APP_EVENT_NAME,
            event.name().origin(),
            "@AppEvent name is "
                + (name.isBlank() ? "blank" : Quote.length(name) + " characters long")
                + "; HubSpot allows 1 to "
                + MAX
                + " characters: "
                + Quote.of(name));
      }
    }
  }
}
