package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An explicit {@code fieldType} is a field control HubSpot allows for the field's type, which its
 * Java type decides. The combinations are HubSpot's table of valid {@code type} and {@code
 * fieldType} values (properties API docs; the automation API's field definitions use the same two
 * enums): a {@code select} on a {@code string} field is refused. Output fields also take the
 * controls the automation API lists for output definitions only, on any type (the API ties them to
 * none).
 */
final class FieldControlRule implements Rule {

  /** HubSpot type to the field controls it allows, each list in alphabetical order. */
  private static final Map<String, List<String>> CONTROLS =
      Map.of(
          "bool", List.of("booleancheckbox", "calculation_equation"),
          "enumeration",
              List.of("booleancheckbox", "calculation_equation", "checkbox", "radio", "select"),
          "date", List.of("date"),
          "datetime", List.of("date"),
          "string",
              List.of("calculation_equation", "file", "html", "phonenumber", "text", "textarea"),
          "number", List.of("calculation_equation", "number"));

  /**
   * The controls of the automation API's output field definitions that input fields do not have.
   */
  private static final List<String> OUTPUT_ONLY =
      List.of("calculation_read_time", "calculation_rollup", "calculation_score", "unknown");

  /**
   * Every field control, for a field whose Java type has no HubSpot type (HS-FIELD-TYPE reports
   * that).
   */
  private static final List<String> ALL = sorted(CONTROLS.values());

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    for (Fields field : Fields.all(project)) {
      String control = field.fieldType() == null ? null : field.fieldType().value();
      if (control == null || control.isEmpty()) {
        continue;
      }
      String type = field.shape().type();
      List<String> allowed = type == null ? ALL : CONTROLS.getOrDefault(type, ALL);
      if (field.kind().equals(Fields.OUTPUT)) {
        allowed = sorted(List.of(allowed, OUTPUT_ONLY));
      }
      if (allowed.contains(control)) {
        continue;
      }
      String seen =
          "fieldType "
              + Quote.of(control)
              + " of "
              + field.kind()
              + " "
              + Quote.of(field.name().value());
      diagnostics.report(
          RuleId.FIELD_CONTROL,
          field.fieldType().origin(),
          (type == null
                  ? seen + " is not a HubSpot field control; allowed: "
                  : seen
                      + " is not a field control HubSpot allows for its type "
                      + type
                      + " (Java type "
                      + field.shape().javaType()
                      + "); allowed for "
                      + type
                      + ": ")
              + String.join(", ", allowed)
              + Suggestions.didYouMean(control, allowed));
    }
  }

  /** The controls of all {@code lists}, each once, in alphabetical order. */
  private static List<String> sorted(Collection<List<String>> lists) {
    TreeSet<String> all = new TreeSet<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return List.copyOf(all);
  }
}
