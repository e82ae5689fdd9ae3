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
class FieldOptionsRuleTest {

  private static final String RULE = "HS-FIELD-OPTIONS";

  private static JavaFileObject action(String... fields) {
    String[] lines = new String[fields.length + 9];
    lines[0] = "@WorkflowAction(";
    lines[1] = "    uid = \"notify\",";
    lines[2] = "    actionUrl = \"https://example.com/actions/notify\",";
    lines[3] = "    labels = @ActionLabels(";
    lines[4] = "        actionName = \"Notify\"))";
    lines[5] = "public class Notify {";
    System.arraycopy(fields, 0, lines, 6, fields.length);
    lines[lines.length - 3] = "  public enum Nothing {";
    lines[lines.length - 2] = "  }";
    lines[lines.length - 1] = "}";
    return source("Notify", lines);
  }

  /** The case of issue 13: an enum without constants gives an enumeration without options. */
  @Test
  void inputOfAnEnumWithoutConstantsIsAnErrorOnTheField() {
    JavaFileObject action = action("  Nothing choice;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "input field \"choice\" has Java type test.Notify.Nothing, whose enum has"
        + " no constants, so its HubSpot enumeration would have no options; give the enum at least one constant, or"
        + " the field an optionsUrl", "choice;");
    assertNothingWritten(compilation);
  }

  @Test
  void multiSelectOfAnEnumWithoutConstantsIsAnError() {
    JavaFileObject action = action("  java.util.Set<Nothing> choices;");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "input field \"choices\" has Java type java.util.Set<test.Notify.Nothing>,"
        + " whose enum has no constants", "choices;");
  }

  @Test
  void objectPropertyOfAnEnumWithoutConstantsIsAnErrorWithoutTheOptionsUrlHint() {
    JavaFileObject car = source("Car",
        "@AppObject(",
        "    uid = \"car\",",
        "    name = \"CAR\",",
        "    description = \"Cars.\",",
        "    singularForm = \"Car\",",
        "    pluralForm = \"Cars\",",
        "    primaryDisplayLabelProperty = \"model\")",
        "public class Car {",
        "  String model;",
        "  Condition condition;",
        "  public enum Condition {",
        "  }",
        "}");

    Compilation compilation = compile(app().build(), car);

    assertThat(compilation).failed();
    assertError(compilation, car, RULE, "object property \"condition\" has Java type test.Car.Condition, whose enum has"
        + " no constants, so its HubSpot enumeration would have no options; give the enum at least one constant",
        "condition;");
    assertThat(compilation).hadErrorCount(1);
  }

  /** HubSpot fetches the options of an input with an optionsUrl, so an empty enum is fine there. */
  @Test
  void inputWithAnOptionsUrlAndAnEnumWithConstantsPass() {
    JavaFileObject action = action(
        "  @InputField(optionsUrl = \"https://example.com/options\") Nothing fetched;",
        "  Priority priority;",
        "  public enum Priority {",
        "    HIGH",
        "  }");

    Compilation compilation = compile(app().build(), action);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
