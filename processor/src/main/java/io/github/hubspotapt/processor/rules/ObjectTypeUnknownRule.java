package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.vocabulary.CardObjectTypes;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import io.github.hubspotapt.processor.vocabulary.Vocabulary;
import java.util.Set;

/**
 * A well-formed object type that is neither one of HubSpot's documented card objects (in any of the
 * spellings {@link CardObjectTypes} knows), a custom object {@code p_<name>}, nor the uid of one of
 * the project's app objects (which HubSpot's templates reference by uid). HubSpot's docs list the
 * objects only partly, so this is a warning that names the nearest known object, not an error.
 */
final class ObjectTypeUnknownRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Set<String> appObjects = ObjectTypes.appObjectUids(project);
    for (ObjectTypes entry : ObjectTypes.all(project)) {
      for (Located<String> objectType : entry.objectTypes()) {
        String value = objectType.value();
        if (ObjectTypeSyntax.isWellFormed(value)
            && !CardObjectTypes.isKnown(value)
            && !appObjects.contains(value)) {
          String nearest = CardObjectTypes.nearest(value);
          diagnostics.report(
              RuleId.OBJECT_TYPE_UNKNOWN,
              objectType.origin(),
              entry.feature().type().annotation()
                  + " object type "
                  + Quote.of(value)
                  + " is not one HubSpot's docs"
                  + " list for cards and bulk actions ("
                  + String.join(", ", CardObjectTypes.names())
                  + ", also singular or upper case; custom objects p_<name>; the uid of an @AppObject);"
                  + " the list may be incomplete, but HubSpot may reject it"
                  + (nearest == null
                      ? ""
                      : " (did you mean "
                          + nearest
                          + ", "
                          + Vocabulary.CRM_OBJECT_TYPE.constant(nearest)
                          + "?)"));
        }
      }
    }
  }
}
