package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * javac points at a class literal's dot. A primitive or array output compiles but has no fields:
 * before this rule the action lost its outputs, and the compilation succeeded without a word and
 * without writing the project.
 */
class WorkflowOutputRuleTest {

  private static final String RULE = "HS-WORKFLOW-OUTPUT";

  private static JavaFileObject action(String output) {
    return AppSource.workflowAction("Notify").with("output", output).asClass().build();
  }

  @Test
  void aPrimitiveOutputIsAnErrorOnTheValue() {
    JavaFileObject action = action("int.class");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "output int of workflow action \"notify\" is a primitive type, which has no fields to be the"
            + " action's output fields; name a record such as record Result(String invoiceNumber) {},"
            + " or void for none",
        ".class");
  }

  @Test
  void anArrayOutputIsAnErrorOnTheValue() {
    JavaFileObject action = action("String[].class");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "output java.lang.String[] of workflow action \"notify\" is an array",
        ".class");
  }

  /**
   * An enum's constants are no fields: the action lost its outputs without a word (found by the
   * second fuzzing campaign).
   */
  @Test
  void anEnumOutputIsAnErrorOnTheValue() {
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .with("output", "Notify.Status.class")
            .asClass("  public enum Status {", "    SENT,", "    FAILED", "  }")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "output test.Notify.Status of workflow action \"notify\" gives no output field: only a"
            + " class's or record's instance fields are output fields (not an enum's constants, nor an"
            + " interface's methods); declare them in a record such as record Result(String"
            + " invoiceNumber) {}, or leave output out for none",
        ".class");
  }

  @Test
  void anInterfaceOrObjectOutputIsAnError() {
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .with("output", "Notify.Result.class")
            .asClass("  public interface Result {", "    String status();", "  }")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        "output test.Notify.Result of workflow action \"notify\" gives no output field",
        ".class");
    JavaFileObject object = action("Object.class");
    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), object),
        object,
        RULE,
        "output java.lang.Object of workflow action \"notify\" gives no output field",
        ".class");
  }

  @Test
  void voidAndAClassOutputPass() {
    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), action("void.class")), RULE);
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            AppSource.workflowActionWithOutput("Notify", "    @OutputField String status;")
                .build()),
        RULE);
  }
}
