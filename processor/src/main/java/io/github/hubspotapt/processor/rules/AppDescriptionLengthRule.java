package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/**
 * HubSpot's app configuration: {@code config.description} is required and at most 8192 characters.
 */
final class AppDescriptionLengthRule implements Rule {

  static final int MAX = 8192;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String description = app.description().value();
      if (description == null) {
        continue;
      }
      int length = Quote.length(description);
      if (description.isBlank() || length > MAX) {
        diagnostics.report(
            RuleId.APP_DESCRIPTION_LENGTH,
            app.description().origin(),
            "@HubSpotApp description is "
                + (description.isBlank() && length > 0 ? "blank" : length + " characters long")
                + "; HubSpot requires 1 to "
                + MAX
                + " characters"
                + (length > MAX ? "" : ": " + Quote.of(description)));
      }
    }
  }
}
