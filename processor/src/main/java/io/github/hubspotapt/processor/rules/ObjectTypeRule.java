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
 * A card's or bulk action's object type is one of HubSpot's documented card objects (in any of the
 * spellings {@link CardObjectTypes} knows), a custom object {@code p_<name>}, or the uid of one of
 * the project's app objects (which HubSpot's templates reference by uid). Any other value is judged
 * by its form. One that is neither a name (letters, digits, {@code _}) nor an object type id is an
 * error (HS-OBJECT-TYPE): HubSpot has no object spelled with spaces, dots or other characters. A
 * well-formed one may be an object HubSpot's docs do not list, since they list the objects only
 * partly: a warning that names the nearest known object (HS-OBJECT-TYPE-UNKNOWN).
 */
final class ObjectTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Set<String> appObjects = ObjectTypes.appObjectUids(project);
    for (ObjectTypes entry : ObjectTypes.all(project)) {
      for (Located<String> objectType : entry.objectTypes()) {
        String value = objectType.value();
        if (CardObjectTypes.isKnown(value) || appObjects.contains(value)) {
          continue;
        }
        String seen = entry.feature().type().annotation() + " object type " + Quote.of(value);
        String nearest = CardObjectTypes.nearest(value);
        if (ObjectTypeSyntax.isWellFormed(value)) {
          diagnostics.report(
              RuleId.OBJECT_TYPE_UNKNOWN,
              objectType.origin(),
              seen
                  + " is not one HubSpot's docs list for cards and bulk actions ("
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
        } else {
          diagnostics.report(
              RuleId.OBJECT_TYPE,
              objectType.origin(),
              seen
                  + " is not an object type name: expected letters, digits and '_', e.g. "
                  + String.join(", ", CardObjectTypes.names())
                  + ", or a custom object p_<name>"
                  + (nearest == null ? "" : " (did you mean " + nearest + "?)"));
        }
      }
    }
  }
}
