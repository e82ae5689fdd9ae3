package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every field derived from a Java type (workflow inputs and outputs, event properties, object properties), with the
 * field controls HubSpot allows for its kind, for the rules on fields. {@code fieldType} is null where the kind has no
 * explicit control.
 */
record Fields(String kind, Origin origin, Located<String> name, FieldShape shape, Located<String> fieldType,
    Set<String> controls) {

  /** Input field controls of HubSpot's automation API (PublicFieldTypeDefinition). */
  static final Set<String> INPUT_CONTROLS = Set.of("booleancheckbox", "calculation_equation", "checkbox", "date",
      "file", "html", "number", "phonenumber", "radio", "select", "text", "textarea");

  static List<Fields> all(HubSpotProject project) {
    List<Fields> all = new ArrayList<>();
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      action.inputFields().forEach(f -> all.add(
          new Fields("input field", f.origin(), f.name(), f.shape(), f.fieldType(), INPUT_CONTROLS)));
      action.outputFields().forEach(f -> all.add(
          new Fields("output field", f.origin(), f.name(), f.shape(), null, INPUT_CONTROLS)));
    }
    for (AppEvent event : project.features(AppEvent.class)) {
      event.properties().forEach(p -> all.add(
          new Fields("event property", p.origin(), p.name(), p.shape(), null, INPUT_CONTROLS)));
    }
    for (AppObject object : project.features(AppObject.class)) {
      object.properties().forEach(p -> all.add(
          new Fields("object property", p.origin(), p.name(), p.shape(), p.fieldType(), INPUT_CONTROLS)));
    }
    return all;
  }
}
