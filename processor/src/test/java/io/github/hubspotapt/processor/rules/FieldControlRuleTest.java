package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The field control must fit the HubSpot type the Java type gives (HubSpot's table of valid type
 * and fieldType values). Positions are asserted on class fields: on JDK 17 javac cannot place
 * diagnostics on record components.
 */
class FieldControlRuleTest {

  private static final String RULE = "HS-FIELD-CONTROL";
  private static final String STRING =
      " is not a field control HubSpot allows for its type string (Java type"
          + " java.lang.String); allowed for string: calculation_equation, file, html, phonenumber, text, textarea";
  private static final String ENUMERATION =
      "allowed for enumeration: booleancheckbox, calculation_equation, checkbox,"
          + " radio, select";

  private static JavaFileObject action(String... fields) {
    return AppSource.workflowAction("Notify").asClass(fields).build();
  }

  private static JavaFileObject car(String... fields) {
    return AppSource.appObject("Car").asClass(fields).build();
  }

  @Test
  void misspelledInputControlIsAnErrorOnTheValueWithTheNearestControlSuggested() {
    JavaFileObject action =
        action("  @InputField(", "      fieldType = \"textarae\")", "  String message;");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "fieldType \"textarae\" of input field \"message\"" + STRING + " (did you mean textarea?)",
        "\"textarae\"");
  }

  /** The case of issue 13: a HubSpot control, but one for enumerations, on a String field. */
  @Test
  void selectOnAStringInputIsAnErrorNamingTheControlsOfStrings() {
    JavaFileObject action =
        action("  @InputField(", "      fieldType = \"select\")", "  String message;");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertRejected(
        compilation,
        action,
        RULE,
        "fieldType \"select\" of input field \"message\"" + STRING,
        "\"select\"");
  }

  @Test
  void selectOnAStringOutputIsAnErrorOnTheValue() {
    JavaFileObject action =
        AppSource.workflowActionWithOutput(
                "Notify",
                "    @OutputField(",
                "        fieldType = \"select\")",
                "    String status;")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "fieldType \"select\" of output field \"status\" is not a field control HubSpot allows for its type string"
            + " (Java type java.lang.String); allowed for string: calculation_equation, calculation_read_time,"
            + " calculation_rollup, calculation_score, file, html, phonenumber, text, textarea, unknown",
        "\"select\"");
  }

  @Test
  void outputOnlyControlsAndFittingControlsOnOutputsPass() {
    JavaFileObject action =
        AppSource.workflowActionWithOutput(
                "Notify",
                "    @OutputField(fieldType = \"calculation_rollup\") int total;",
                "    @OutputField(fieldType = \"unknown\") String raw;",
                "    @OutputField(fieldType = \"text\") String status;")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action), RULE);
  }

  @Test
  void inputFieldIsNamedByItsHubSpotName() {
    JavaFileObject action =
        action(
            "  @InputField(",
            "      name = \"notification_message\",",
            "      fieldType = \"multiline\")",
            "  String message;");

    assertFailedWith(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "fieldType \"multiline\" of input field \"notification_message\"" + STRING,
        "\"multiline\"");
  }

  @Test
  void textOnAnEnumInputIsAnError() {
    JavaFileObject action =
        action(
            "  @InputField(",
            "      fieldType = \"text\")",
            "  Priority priority;",
            "  public enum Priority {",
            "    HIGH",
            "  }");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertFailedWith(
        compilation,
        action,
        RULE,
        "fieldType \"text\" of input field \"priority\" is not a field control"
            + " HubSpot allows for its type enumeration (Java type test.Notify.Priority); "
            + ENUMERATION,
        "\"text\"");
  }

  @Test
  void numberControlOnABooleanAndTextareaOnANumberAreErrors() {
    JavaFileObject car =
        car(
            "  String model;",
            "  @ObjectProperty(",
            "      fieldType = \"number\")",
            "  boolean certified;",
            "  @ObjectProperty(",
            "      fieldType = \"textarea\")",
            "  int doors;");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), car);

    assertFailedWith(
        compilation,
        car,
        RULE,
        "fieldType \"number\" of object property \"certified\" is not a field control"
            + " HubSpot allows for its type bool (Java type boolean); allowed for bool: booleancheckbox,"
            + " calculation_equation",
        "\"number\"");
    assertError(
        compilation,
        car,
        RULE,
        "fieldType \"textarea\" of object property \"doors\" is not a field control"
            + " HubSpot allows for its type number (Java type int); allowed for number: calculation_equation, number",
        "\"textarea\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void misspelledObjectPropertyControlIsAnError() {
    JavaFileObject car =
        car(
            "  String model;",
            "  @ObjectProperty(",
            "      fieldType = \"radoi\")",
            "  Condition condition;",
            "  public enum Condition {",
            "    GOOD,",
            "    FAIR",
            "  }");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), car);

    assertRejected(
        compilation,
        car,
        RULE,
        "fieldType \"radoi\" of object property \"condition\" is not a field control"
            + " HubSpot allows for its type enumeration (Java type test.Car.Condition); "
            + ENUMERATION
            + " (did you mean radio?)",
        "\"radoi\"");
  }

  /**
   * Every documented combination of a type and a control the Java types can give, and the empty
   * default.
   */
  @Test
  void everyDocumentedCombinationAndTheEmptyDefaultPass() {
    JavaFileObject action =
        action(
            "  @InputField(fieldType = \"textarea\") String message;",
            "  @InputField(fieldType = \"phonenumber\") String phone;",
            "  @InputField(fieldType = \"html\") String body;",
            "  @InputField(fieldType = \"file\") String attachment;",
            "  @InputField(fieldType = \"text\") String title;",
            "  @InputField(fieldType = \"\") String plain;",
            "  @InputField(fieldType = \"radio\") Priority priority;",
            "  @InputField(fieldType = \"select\") Priority level;",
            "  @InputField(fieldType = \"booleancheckbox\") Priority flag;",
            "  @InputField(fieldType = \"checkbox\") java.util.Set<Priority> levels;",
            "  @InputField(fieldType = \"date\") java.time.Instant due;",
            "  String noAnnotation;",
            "  public enum Priority {",
            "    HIGH",
            "  }");
    JavaFileObject car =
        car(
            "  @ObjectProperty(fieldType = \"text\") String model;",
            "  @ObjectProperty(fieldType = \"calculation_equation\", calculationFormula = \"1\") double value;",
            "  @ObjectProperty(fieldType = \"booleancheckbox\") boolean certified;",
            "  @ObjectProperty(fieldType = \"date\") java.time.LocalDate sold;",
            "  @ObjectProperty(fieldType = \"number\") int doors;");

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action, car), RULE);
  }
}
