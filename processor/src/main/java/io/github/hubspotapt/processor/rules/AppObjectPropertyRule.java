package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.CreateFormField;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import java.util.Set;

/**
 * HubSpot's app-object reference: the display-label properties and the default create-form fields
 * are properties of the object (named without HubSpot's app prefix).
 */
final class AppObjectPropertyRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppObject object : project.features(AppObject.class)) {
      Set<String> names = AppObjectRules.propertyNames(object);
      check(
          object.primaryDisplayLabelProperty(), names, "primaryDisplayLabelProperty", diagnostics);
      object
          .secondaryDisplayLabelProperties()
          .forEach(n -> check(n, names, "secondaryDisplayLabelProperties", diagnostics));
      for (CreateFormField field : object.defaultCreateFormFields()) {
        check(field.property(), names, "defaultCreateFormFields", diagnostics);
      }
    }
  }

  private static void check(
      Located<String> name, Set<String> declared, String where, Diagnostics diagnostics) {
    if (name.value() != null && !declared.contains(name.value())) {
      diagnostics.report(
          RuleId.APP_OBJECT_PROPERTY,
          name.origin(),
          where
              + " names "
              + Quote.of(name.value())
              + ", which is not a property of the object (declared: "
              + String.join(", ", declared.stream().sorted().toList())
              + ")"
              + Suggestions.didYouMean(name.value(), declared));
    }
  }
}
