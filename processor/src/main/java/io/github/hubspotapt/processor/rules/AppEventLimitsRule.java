package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.List;

/**
 * HubSpot's app-event reference: at most 500 properties per event type, and 750 event types per
 * app.
 */
final class AppEventLimitsRule implements Rule {

  static final int MAX_PROPERTIES = 500;
  static final int MAX_EVENTS = 750;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    List<AppEvent> events = project.features(AppEvent.class);
    for (AppEvent event : events) {
      if (event.properties().size() > MAX_PROPERTIES) {
        diagnostics.report(
            RuleId.APP_EVENT_LIMITS,
            event.origin(),
            "@AppEvent has "
                + event.properties().size()
                + " properties; HubSpot allows at most "
                + MAX_PROPERTIES);
      }
    }
    if (events.size() > MAX_EVENTS) {
      // Reported once, on the first event past the limit, rather than on hundreds of classes.
      diagnostics.report(
          RuleId.APP_EVENT_LIMITS,
          events.get(MAX_EVENTS).origin(),
          "the app declares "
              + events.size()
              + " @AppEvent types; HubSpot allows at most "
              + MAX_EVENTS
              + " per app");
    }
  }
}
