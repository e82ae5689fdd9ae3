package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.PropertyGroup;
import java.util.Set;
import java.util.stream.Collectors;

/** A property's groupName is one of the object's property groups, or HubSpot files it nowhere. */
final class AppObjectGroupRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (AppObject object : project.features(AppObject.class)) {
      Set<String> groups =
          object.propertyGroups().stream()
              .map(PropertyGroup::name)
              .map(g -> g.value())
              .collect(Collectors.toSet());
      for (ObjectProperty property : object.properties()) {
        String group = property.groupName().value();
        if (group != null && !group.isEmpty() && !groups.contains(group)) {
          diagnostics.report(
              RuleId.APP_OBJECT_GROUP,
              property.groupName().origin(),
              "groupName "
                  + Quote.of(group)
                  + " of property "
                  + Quote.of(property.name().value())
                  + " is not a property group of the object; add @PropertyGroup(name = \""
                  + group
                  + "\", ...)"
                  + Suggestions.didYouMean(group, groups));
        }
      }
    }
  }
}
