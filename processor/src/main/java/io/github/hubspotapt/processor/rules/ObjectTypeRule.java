package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.Located;

/**
 * Cards and bulk actions show on the CRM objects HubSpot supports for them, in either spelling HubSpot's templates
 * use ({@code contacts} or {@code CONTACT}), or on a custom object {@code p_<name>}.
 */
final class ObjectTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (ObjectTypes entry : ObjectTypes.all(project)) {
      for (Located<String> objectType : entry.objectTypes()) {
        if (!CrmObjects.isSupported(objectType.value())) {
          diagnostics.report(RuleId.OBJECT_TYPE, objectType.origin(),
              entry.feature().type().annotation() + " object type " + Quote.of(objectType.value())
                  + " is not supported; allowed: " + String.join(", ", CrmObjects.names())
                  + ", or a custom object p_<name>" + Suggestions.didYouMean(objectType.value(), CrmObjects.names()));
        }
      }
    }
  }
}
