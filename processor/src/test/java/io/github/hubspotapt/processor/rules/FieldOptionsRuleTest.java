package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Positions are asserted on class fields: on JDK 17 javac cannot place diagnostics on record
 * components.
 */
class FieldOptionsRuleTest {

  private static final String RULE = "HS-FIELD-OPTIONS";

  /** {@code fields}, then the enum {@code Nothing} without constants. */
  private static JavaFileObject action(String... fields) {
    return AppSource.workflowAction("Notify")
        .asClass(fields)
        .body("  public enum Nothing {", "  }")
        .build();
  }

  /** The case of issue 13: an enum without constants gives an enumeration without options. */
  @Test
  void inputOfAnEnumWithoutConstantsIsAnErrorOnTheField() {
    JavaFileObject action = action("  Nothing choice;");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertRejected(
        compilation,
        action,
        RULE,
        "input field \"choice\" has Java type test.Notify.Nothing, whose enum has"
            + " no constants, so its HubSpot enumeration would have no options; give the enum at least one constant, or"
            + " the field an optionsUrl",
        "choice;");
  }

  @Test
  void multiSelectOfAnEnumWithoutConstantsIsAnError() {
    JavaFileObject action = action("  java.util.Set<Nothing> choices;");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertFailedWith(
        compilation,
        action,
        RULE,
        "input field \"choices\" has Java type java.util.Set<test.Notify.Nothing>,"
            + " whose enum has no constants",
        "choices;");
  }

  @Test
  void objectPropertyOfAnEnumWithoutConstantsIsAnErrorWithoutTheOptionsUrlHint() {
    JavaFileObject car =
        AppSource.appObject("Car")
            .asClass(
                "  String model;", "  Condition condition;", "  public enum Condition {", "  }")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), car);

    assertFailedWith(
        compilation,
        car,
        RULE,
        "object property \"condition\" has Java type test.Car.Condition, whose enum has"
            + " no constants, so its HubSpot enumeration would have no options; give the enum at least one constant",
        "condition;");
    assertThat(compilation).hadErrorCount(1);
  }

  /** HubSpot fetches the options of an input with an optionsUrl, so an empty enum is fine there. */
  @Test
  void inputWithAnOptionsUrlAndAnEnumWithConstantsPass() {
    JavaFileObject action =
        action(
            "  @InputField(optionsUrl = \"https://example.com/options\") Nothing fetched;",
            "  Priority priority;",
            "  public enum Priority {",
            "    HIGH",
            "  }");

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action), RULE);
  }
}
