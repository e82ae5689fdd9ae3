package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowExecutionRuleRuleTest {

  private static final String RULE = "HS-WORKFLOW-EXECUTION-RULE";
  private static final String NOT_AN_OBJECT = " of execution rule \"exists\" are not a JSON object";

  /** {@code conditions} is the Java expression of the conditions member. */
  private static JavaFileObject action(String conditions) {
    return AppSource.workflowAction("Notify")
        .with(
            "labels",
            "@ActionLabels(\n"
                + "        actionName = \"Notify\",\n"
                + "        executionRules = @FieldText(name = \"exists\", text = \"Already there\"))")
        .with(
            "executionRules",
            "@ExecutionRule(\n"
                + "        labelName = \"exists\",\n"
                + "        conditions = "
                + conditions
                + ")")
        .body("  String message;")
        .build();
  }

  /** The conditions (a Java expression), the message and where it points. */
  static Stream<Arguments> conditionsThatAreNotAJsonObject() {
    return Stream.of(
        argumentSet(
            "jsonArrayIsAnErrorOnTheValue",
            "\"[\\\"ALREADY_EXISTS\\\"]\"",
            "conditions \"[\\\"ALREADY_EXISTS\\\"]\""
                + NOT_AN_OBJECT
                + ", e.g. \"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\"",
            "\"[\\\"ALREADY_EXISTS\\\"]\""),
        argumentSet(
            "malformedJsonIsAnError",
            "\"{errorCode: ALREADY_EXISTS}\"",
            "conditions \"{errorCode: ALREADY_EXISTS}\"" + NOT_AN_OBJECT,
            "\"{errorCode: ALREADY_EXISTS}\""),
        argumentSet(
            "emptyConditionsAreAnError", "\"\"", "conditions \"\"" + NOT_AN_OBJECT, "\"\")"));
  }

  @ParameterizedTest
  @MethodSource("conditionsThatAreNotAJsonObject")
  void conditionsThatAreNotAJsonObjectAreAnErrorOnTheValue(
      String conditions, String message, String located) {
    JavaFileObject action = action(conditions);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), action),
        action,
        RULE,
        message,
        located);
  }

  @Test
  void jsonObjectPasses() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            action("\"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\"")),
        RULE);
  }
}
