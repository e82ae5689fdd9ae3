package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.vocabulary.CardObjectTypes;
import io.github.hubspotapt.processor.vocabulary.ObjectTypeSyntax;
import java.util.Set;

/**
 * A card's or bulk action's object type is a name (letters, digits, {@code _}), an object type id,
 * or the uid of one of the project's app objects: HubSpot has no other object spelled with spaces,
 * dots or other characters, so such a value is an error. Whether HubSpot supports a well-formed
 * name is {@link ObjectTypeUnknownRule}'s question.
 */
final class ObjectTypeRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Set<String> appObjects = ObjectTypes.appObjectUids(project);
    for (ObjectTypes entry : ObjectTypes.all(project)) {
      for (Located<String> objectType : entry.objectTypes()) {
        String value = objectType.value();
        if (!CardObjectTypes.isKnown(value)
            && !ObjectTypeSyntax.isWellFormed(value)
            && !appObjects.contains(value)) {
          String nearest = CardObjectTypes.nearest(value);
          diagnostics.report(
              RuleId.OBJECT_TYPE,
              objectType.origin(),
              entry.feature().type().annotation()
                  + " object type "
                  + Quote.of(value)
                  + " is not an object type name:"
                  + " expected letters, digits and '_', e.g. "
                  + String.join(", ", CardObjectTypes.names())
                  + ", or a custom object p_<name>"
                  + (nearest == null ? "" : " (did you mean " + nearest + "?)"));
        }
      }
    }
  }
}
