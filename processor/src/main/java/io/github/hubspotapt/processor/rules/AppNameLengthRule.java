package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;

/** HubSpot's app configuration: {@code config.name} is 1 to 200 characters. */
final class AppNameLengthRule implements Rule {

  static final int MAX = 200;

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (App app : project.apps()) {
      String name = app.name().value();
      if (name == null) {
        continue;
      }
      int length = Quote.length(name);
      if (length == 0 || length > MAX) {
        diagnostics.report(
            RuleId.APP_NAME_LENGTH,
            app.name().origin(),
            "@HubSpotApp name is "
                + length
                + " characters long; HubSpot allows 1 to "
                + MAX
                + ": "
                + Quote.of(name));
      }
    }
  }
}
