package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/**
 * HubSpot's app-event reference: header template at most 1,000 characters, detail template at most
 * 10,000.
 */
final class AppEventTemplateRule implements Rule {

  static final int HEADER_MAX = 1_000;
  static final int DETAIL_MAX = 10_000;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppEvent event : project.features(AppEvent.class)) {
      check(event.headerTemplate(), "headerTemplate", HEADER_MAX, diagnostics);
      check(event.detailTemplate(), "detailTemplate", DETAIL_MAX, diagnostics);
    }
  }

  private static void check(
      Located<String> template, String what, int max, Diagnostics diagnostics) {
    if (template.value() != null && Quote.length(template.value()) > max) {
      diagnostics.report(
          RuleId.APP_EVENT_TEMPLATE,
          template.origin(),
          what
              + " is "
              + Quote.length(template.value())
              + " characters long; HubSpot allows at most "
              + max);
    }
  }
}
