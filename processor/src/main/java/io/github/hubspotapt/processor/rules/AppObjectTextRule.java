package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;

/** HubSpot's app-object reference: description, singularForm and pluralForm are required. */
final class AppObjectTextRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppObject object : project.features(AppObject.class)) {
      check(object.description(), "description", diagnostics);
      check(object.singularForm(), "singularForm", diagnostics);
      check(object.pluralForm(), "pluralForm", diagnostics);
    }
  }

  private static void check(Located<String> text, String what, Diagnostics diagnostics) {
    if (text.value() != null && text.value().isBlank()) {
      diagnostics.report(
          RuleId.APP_OBJECT_TEXT,
          text.origin(),
          "@AppObject " + what + " is blank; HubSpot shows it to users");
    }
  }
}
