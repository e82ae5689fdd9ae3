package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The options of each enum that is a field's type, once per enum however many fields share it, for
 * the rules on options: a finding is about the enum's constants, where it is fixed once.
 */
final class FieldOptions {

  private FieldOptions() {}

  /** Each enum's options, in the order its first field was declared. */
  static List<List<Option>> of(HubSpotProject project) {
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<List<Option>> all = new ArrayList<>();
    for (Fields field : Fields.all(project)) {
      List<Option> options = field.shape().options();
      if (!options.isEmpty() && seen.add(enumOf(options.get(0)))) {
        all.add(options);
      }
    }
    return all;
  }

  /** The enum constant an option was read from. */
  static Element constant(Option option) {
    return option.value().origin().element();
  }

  private static Element enumOf(Option option) {
    return constant(option).getEnclosingElement();
  }

  /** {@code Priority.HIGH}: the option's constant, as the user's code names it. */
  static String name(Option option) {
    Element constant = constant(option);
    return constant.getEnclosingElement().getSimpleName() + "." + constant.getSimpleName();
  }

  /**
   * Where a finding on an option member points: the member's value, or the constant when the member
   * is not written ({@code @Option} without it, whose default the constant's name gives).
   */
  static Origin at(Option option, Located<String> member) {
    Origin origin = member.origin();
    return origin.value() == null && origin.mirror() != null && origin.kept() == 0
        ? Origin.of(origin.element())
        : origin;
  }
}
