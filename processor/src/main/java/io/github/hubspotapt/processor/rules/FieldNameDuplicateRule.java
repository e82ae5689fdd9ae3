package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.PropertyGroup;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A field's name is its key. HubSpot sends a workflow action's input values, and takes its output
 * values, as objects keyed by field name, and keys the action's labels and descriptions by it (SPEC
 * 11.2: the name is the "key used in labels and in the request payload"); an event's or an object's
 * property, and an object's property group, is identified by its name (SPEC 13: the Properties
 * API's definitions). Two fields of one component with one name would be written as two definitions
 * where each key holds one value: one field's labels would be lost, and its values could not be
 * told from the other's. Every field that shares a name is reported, so each can be renamed where
 * it is declared.
 */
final class FieldNameDuplicateRule implements Rule {

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      report(
          "input field",
          "input fields",
          names(action.inputFields(), InputField::name),
          diagnostics);
      report(
          "output field",
          "output fields",
          names(action.outputFields(), OutputField::name),
          diagnostics);
    }
    for (AppEvent event : project.features(AppEvent.class)) {
      report(
          "event property",
          "event properties",
          names(event.properties(), EventProperty::name),
          diagnostics);
    }
    for (AppObject object : project.features(AppObject.class)) {
      report(
          "object property",
          "object properties",
          names(object.properties(), ObjectProperty::name),
          diagnostics);
      report(
          "property group",
          "property groups",
          names(object.propertyGroups(), PropertyGroup::name),
          diagnostics);
    }
  }

  private static <T> List<Located<String>> names(
      List<T> fields, Function<T, Located<String>> name) {
    List<Located<String>> names = new ArrayList<>();
    for (T field : fields) {
      names.add(name.apply(field));
    }
    return names;
  }

  /** Reports every name of {@code names} (those of one component) that more than one field has. */
  private static void report(
      String kind, String plural, List<Located<String>> names, Diagnostics diagnostics) {
    Map<String, List<Located<String>>> byName = new LinkedHashMap<>();
    for (Located<String> name : names) {
      if (name.isPresent() && !name.value().isEmpty()) {
        byName.computeIfAbsent(name.value(), key -> new ArrayList<>()).add(name);
      }
    }
    for (List<Located<String>> same : byName.values()) {
      if (same.size() < 2) {
        continue;
      }
      String where =
          same.stream()
              .map(name -> name.origin().element().getSimpleName().toString())
              .collect(Collectors.joining(", "));
      for (Located<String> name : same) {
        diagnostics.report(
            RuleId.FIELD_NAME_DUPLICATE,
            name.origin(),
            kind
                + " name "
                + Quote.of(name.value())
                + " is given to "
                + same.size()
                + " "
                + plural
                + " of one component ("
                + where
                + "); HubSpot keys values, labels and descriptions by name, so each needs a name"
                + " of its own: rename all but one");
      }
    }
  }
}
