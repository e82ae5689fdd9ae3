package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkflowLabelsRuleTest {

  private static final String RULE = "HS-WORKFLOW-LABELS";
  private static final String GIVEN_TWICE =
      "labels for locale \"en\" are given twice; give each locale once";

  /** {@code labels}: the Java expression of the labels member. */
  private static JavaFileObject action(String labels) {
    return AppSource.workflowAction("Notify")
        .with("labels", labels)
        .body("  String message;")
        .build();
  }

  private static Compilation compileWithApp(JavaFileObject action) {
    return compile(NO_FRONTEND, AppSource.timelineApp().build(), action);
  }

  /** The labels, the message, and where it points. */
  static Stream<Arguments> invalidLabels() {
    return Stream.of(
        argumentSet(
            "labelsWithoutEnglishAreAnErrorOnTheAction",
            "@ActionLabels(\n"
                + "        locale = \"de\",\n"
                + "        actionName = \"Benachrichtigen\")",
            "@WorkflowAction needs labels for locale \"en\" (found: de); add @ActionLabels(actionName = \"...\")",
            "@WorkflowAction("),
        argumentSet(
            "noLabelsAtAllAreAnError",
            "{}",
            "@WorkflowAction needs labels for locale \"en\" (found: );",
            "@WorkflowAction("),
        argumentSet(
            "localeGivenTwiceIsAnErrorOnTheSecond",
            "{\n"
                + "        @ActionLabels(\n"
                + "            actionName = \"Notify\"),\n"
                + "        @ActionLabels(\n"
                + "            locale = \"en\",\n"
                + "            actionName = \"Notify again\")}",
            GIVEN_TWICE,
            "\"en\""),
        argumentSet(
            "blankActionNameIsAnErrorOnTheValue",
            "@ActionLabels(\n" + "        actionName = \"  \")",
            "actionName is blank; it is the action's name in the workflow editor",
            "\"  \""));
  }

  @ParameterizedTest
  @MethodSource("invalidLabels")
  void invalidLabelsAreAnError(String labels, String message, String located) {
    JavaFileObject action = action(labels);

    assertRejected(compileWithApp(action), action, RULE, message, located);
  }

  @Test
  void twoLabelsDefaultingToEnglishAreAnErrorOnTheSecondAnnotation() {
    JavaFileObject action =
        action(
            "{\n"
                + "        @ActionLabels(actionName = \"Notify\"),\n"
                + "        @ActionLabels(actionName = \"Notify again\")}");

    Compilation compilation = compileWithApp(action);

    assertRejected(
        compilation, action, RULE, GIVEN_TWICE, "@ActionLabels(actionName = \"Notify again\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void englishAndOtherLocalesOnceEachPass() {
    assertPasses(
        compileWithApp(
            action(
                "{\n"
                    + "        @ActionLabels(\n"
                    + "            actionName = \"Notify\"),\n"
                    + "        @ActionLabels(\n"
                    + "            locale = \"de\",\n"
                    + "            actionName = \"Benachrichtigen\")}")),
        RULE);
  }
}
