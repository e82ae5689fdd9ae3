package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field derived from a Java type (workflow inputs and outputs, event properties, object
 * properties), for the rules on fields. {@code fieldType} is null where the kind has no explicit
 * control; {@code optionsUrl} is null where the kind cannot fetch its options from a URL; {@code
 * optionsElsewhere}: HubSpot takes the field's options from elsewhere than the file (its
 * optionsUrl, or the account's owners).
 */
record Fields(
    String kind,
    Origin origin,
    Located<String> name,
    FieldShape shape,
    Located<String> fieldType,
    Located<String> optionsUrl,
    boolean optionsElsewhere) {

  /** The kind of workflow actions' output fields. */
  static final String OUTPUT = "output field";

  static List<Fields> all(HubSpotProject project) {
    List<Fields> all = new ArrayList<>();
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      for (InputField f : action.inputFields()) {
        all.add(
            new Fields(
                "input field",
                f.origin(),
                f.name(),
                f.shape(),
                f.fieldType(),
                f.optionsUrl(),
                f.optionsElsewhere()));
      }
      for (OutputField f : action.outputFields()) {
        all.add(new Fields(OUTPUT, f.origin(), f.name(), f.shape(), f.fieldType(), null, false));
      }
    }
    for (AppEvent event : project.features(AppEvent.class)) {
      for (EventProperty p : event.properties()) {
        all.add(new Fields("event property", p.origin(), p.name(), p.shape(), null, null, false));
      }
    }
    for (AppObject object : project.features(AppObject.class)) {
      for (ObjectProperty p : object.properties()) {
        all.add(
            new Fields(
                "object property", p.origin(), p.name(), p.shape(), p.fieldType(), null, false));
      }
    }
    return all;
  }
}
