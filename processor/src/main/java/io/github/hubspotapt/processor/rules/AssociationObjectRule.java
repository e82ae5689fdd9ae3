package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.vocabulary.CrmObject;
import io.github.hubspotapt.processor.vocabulary.CrmObject.Listing;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An association joins an app object (a type carrying {@code @AppObject}) to another app object or
 * to a standard CRM object, given either way but not both.
 */
final class AssociationObjectRule implements Rule {

  private static final Set<String> STANDARD_OBJECTS =
      CrmObject.listedFor(Listing.ASSOCIATIONS).stream()
          .map(CrmObject::upperCase)
          .collect(Collectors.toUnmodifiableSet());

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppObjectAssociation association : project.features(AppObjectAssociation.class)) {
      checkAppObject(project, association.firstObject(), "firstObject", diagnostics);
      String second = association.secondObject().value();
      String standard = association.secondObjectType().value();
      if (second == null || standard == null) {
        continue;
      }
      boolean hasSecondObject = !second.equals("void");
      if (hasSecondObject == !standard.isEmpty()) {
        diagnostics.report(
            RuleId.ASSOCIATION_OBJECT,
            association.origin(),
            "@AppObjectAssociation needs exactly one of secondObject (an @AppObject type) and secondObjectType"
                + " (a standard object such as CONTACT)"
                + (hasSecondObject ? ", not both" : ""));
      } else if (hasSecondObject) {
        checkAppObject(project, association.secondObject(), "secondObject", diagnostics);
      } else if (!STANDARD_OBJECTS.contains(standard)) {
        diagnostics.report(
            RuleId.ASSOCIATION_OBJECT,
            association.secondObjectType().origin(),
            "secondObjectType "
                + Quote.of(standard)
                + " is not a standard object; allowed: "
                + String.join(", ", STANDARD_OBJECTS.stream().sorted().toList())
                + Suggestions.didYouMean(standard, STANDARD_OBJECTS));
      }
    }
  }

  private static void checkAppObject(
      HubSpotProject project, Located<String> type, String member, Diagnostics diagnostics) {
    if (type.value() != null && project.appObject(type.value()) == null) {
      diagnostics.report(
          RuleId.ASSOCIATION_OBJECT,
          type.origin(),
          member
              + " "
              + type.value()
              + " does not carry @AppObject; an association joins app objects");
    }
  }
}
