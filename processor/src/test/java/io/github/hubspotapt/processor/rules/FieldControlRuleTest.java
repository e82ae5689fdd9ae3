package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Positions are asserted on class fields: on JDK 17 javac cannot place diagnostics on record components. */
class FieldControlRuleTest {

  private static final String RULE = "HS-FIELD-CONTROL";
  private static final String ALLOWED = " is not a HubSpot field control; allowed: booleancheckbox, calculation_equation,"
      + " checkbox, date, file, html, number, phonenumber, radio, select, text, textarea";

  private static JavaFileObject action(String... fields) {
    String[] lines = new String[fields.length + 7];
    lines[0] = "@WorkflowAction(";
    lines[1] = "    uid = \"notify\",";
    lines[2] = "    actionUrl = \"https://example.com/actions/notify\",";
    lines[3] = "    labels = @ActionLabels(";
    lines[4] = "        actionName = \"Notify\"))";
    lines[5] = "public class Notify {";
    System.arraycopy(fields, 0, lines, 6, fields.length);
    lines[lines.length - 1] = "}";
    return source("Notify", lines);
  }

  private static JavaFileObject car(String... fields) {
    String[] lines = new String[fields.length + 9];
    lines[0] = "@AppObject(";
    lines[1] = "    uid = \"car\",";
    lines[2] = "    name = \"CAR\",";
    lines[3] = "    description = \"Cars.\",";
    lines[4] = "    singularForm = \"Car\",";
    lines[5] = "    pluralForm = \"Cars\",";
    lines[6] = "    primaryDisplayLabelProperty = \"model\")";
    lines[7] = "public class Car {";
    System.arraycopy(fields, 0, lines, 8, fields.length);
    lines[lines.length - 1] = "}";
    return source("Car", lines);
  }

  @Test
  void misspelledInputControlIsAnErrorOnTheValueWithTheNearestControlSuggested() {
    JavaFileObject action = action(
        "  @InputField(",
        "      fieldType = \"textarae\")",
        "  String message;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "fieldType \"textarae\" of input field \"message\"" + ALLOWED + " (did you mean textarea?)", "\"textarae\"");
    assertNothingWritten(compilation);
  }

  @Test
  void inputFieldIsNamedByItsHubSpotName() {
    JavaFileObject action = action(
        "  @InputField(",
        "      name = \"notification_message\",",
        "      fieldType = \"multiline\")",
        "  String message;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "fieldType \"multiline\" of input field \"notification_message\"" + ALLOWED, "\"multiline\"");
    assertNothingWritten(compilation);
  }

  @Test
  void misspelledObjectPropertyControlIsAnError() {
    JavaFileObject car = car(
        "  String model;",
        "  @ObjectProperty(",
        "      fieldType = \"radoi\")",
        "  Condition condition;",
        "  public enum Condition {",
        "    GOOD,",
        "    FAIR",
        "  }");

    Compilation compilation = compile(app().build(), car);

    assertThat(compilation).failed();
    assertError(compilation, car, RULE,
        "fieldType \"radoi\" of object property \"condition\"" + ALLOWED + " (did you mean radio?)", "\"radoi\"");
    assertNothingWritten(compilation);
  }

  @Test
  void everyHubSpotControlAndTheEmptyDefaultPass() {
    JavaFileObject action = action(
        "  @InputField(fieldType = \"textarea\") String message;",
        "  @InputField(fieldType = \"phonenumber\") String phone;",
        "  @InputField(fieldType = \"html\") String body;",
        "  @InputField(fieldType = \"file\") String attachment;",
        "  @InputField(fieldType = \"\") String plain;",
        "  String noAnnotation;");
    JavaFileObject car = car(
        "  @ObjectProperty(fieldType = \"text\") String model;",
        "  @ObjectProperty(fieldType = \"calculation_equation\", calculationFormula = \"1\") double value;",
        "  @ObjectProperty(fieldType = \"booleancheckbox\") boolean certified;",
        "  @ObjectProperty(fieldType = \"date\") java.time.LocalDate sold;",
        "  @ObjectProperty(fieldType = \"number\") int doors;");

    Compilation compilation = compile(app().build(), action, car);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
