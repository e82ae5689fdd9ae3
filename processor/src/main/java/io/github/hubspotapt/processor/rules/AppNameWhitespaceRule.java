package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** HubSpot's app configuration: {@code config.name} must not start or end with whitespace. */
final class AppNameWhitespaceRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String name = app.name().value();
      if (name != null && !name.isEmpty() && !name.strip().equals(name)) {
        diagnostics.report(RuleId.APP_NAME_WHITESPACE, app.name().origin(),
            "@HubSpotApp name must not start or end with whitespace: " + Quote.of(name)
                + (name.isBlank() ? "" : " (did you mean " + Quote.of(name.strip()) + "?)"));
      }
    }
  }
}
