package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.ObjectProperty;
import java.util.Set;
import java.util.stream.Collectors;

/** The property names an app object declares, for the rules that check references to them. */
final class AppObjectRules {

  private AppObjectRules() {}

  static Set<String> propertyNames(AppObject object) {
    return object.properties().stream()
        .map(ObjectProperty::name)
        .map(n -> n.value())
        .collect(Collectors.toSet());
  }
}
