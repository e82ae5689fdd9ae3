package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code @Option} members the field's HubSpot format has no place for, which the processor
 * therefore does not write: {@code hidden} on workflow-action options (HubSpot's action definitions
 * give options value, label, description and display order only), and {@code description}, {@code
 * displayOrder} and {@code hidden} on app-event property options (value and label only, as in
 * HubSpot's docs and template). App objects write them all. Reported once per member, on its value,
 * however many fields share the enum.
 */
final class OptionNotWrittenRule implements Rule {

  private static final String APP_EVENT =
      "HubSpot's app-event options have only a value and a label";

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Set<Located<?>> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (WorkflowAction action : project.features(WorkflowAction.class)) {
      for (InputField field : action.inputFields()) {
        checkAction(field.shape(), reported, diagnostics);
      }
      for (OutputField field : action.outputFields()) {
        checkAction(field.shape(), reported, diagnostics);
      }
    }
    for (AppEvent event : project.features(AppEvent.class)) {
      for (EventProperty property : event.properties()) {
        for (Option option : property.shape().options()) {
          if (option.hasDescription()) {
            report(option, option.description(), "description", APP_EVENT, reported, diagnostics);
          }
          if (option.hasDisplayOrder()) {
            report(option, option.displayOrder(), "displayOrder", APP_EVENT, reported, diagnostics);
          }
          if (option.isHidden()) {
            report(
                option,
                option.hidden(),
                "hidden = true",
                APP_EVENT + ", so the option is still offered",
                reported,
                diagnostics);
          }
        }
      }
    }
  }

  private static void checkAction(
      FieldShape shape, Set<Located<?>> reported, Diagnostics diagnostics) {
    for (Option option : shape.options()) {
      if (option.isHidden()) {
        report(
            option,
            option.hidden(),
            "hidden = true",
            "HubSpot's workflow-action options have no hidden flag,"
                + " so the option is still offered",
            reported,
            diagnostics);
      }
    }
  }

  private static void report(
      Option option,
      Located<?> member,
      String written,
      String why,
      Set<Located<?>> reported,
      Diagnostics diagnostics) {
    if (reported.add(member)) {
      diagnostics.report(
          RuleId.ENUM_OPTION_NOT_WRITTEN,
          member.origin(),
          "@Option("
              + written
              + ") of option "
              + Quote.of(option.value().value())
              + " is not written: "
              + why);
    }
  }
}
