package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
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

class WorkflowFieldReferenceRuleTest {

  private static final String RULE = "HS-WORKFLOW-FIELD-REFERENCE";

  /**
   * An action with input fields message and priority, output field invoiceId, and an execution rule
   * "exists".
   */
  private static AppSource action() {
    return AppSource.workflowAction("Notify")
        .with("output", "Notify.Result.class")
        .with(
            "executionRules",
            "@ExecutionRule(\n"
                + "        labelName = \"exists\",\n"
                + "        conditions = \"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\")")
        .record("String message", "Priority priority")
        .body(
            "  public enum Priority {",
            "    HIGH,",
            "    LOW",
            "  }",
            "  public record Result(",
            "      String invoiceId) {}");
  }

  private static Compilation compileWithApp(JavaFileObject action) {
    return compile(NO_FRONTEND, AppSource.timelineApp().build(), action);
  }

  /**
   * The member of {@code @ActionLabels}, the name its {@code @FieldText} gives, and the message on
   * that name.
   */
  static Stream<Arguments> labelsOfUndeclaredNames() {
    return Stream.of(
        argumentSet(
            "inputFieldLabelForAnUndeclaredFieldIsAnErrorOnTheNameWithTheNearestFieldSuggested",
            "inputFieldLabels",
            "mesage",
            "\"mesage\" is not a declared input field (declared: message, priority) (did you mean message?)"),
        argumentSet(
            "inputFieldDescriptionForAnUndeclaredFieldIsAnError",
            "inputFieldDescriptions",
            "urgency",
            "\"urgency\" is not a declared input field (declared: message, priority)"),
        argumentSet(
            "outputFieldLabelForAnUndeclaredOutputIsAnError",
            "outputFieldLabels",
            "invoiceNo",
            "\"invoiceNo\" is not a declared output field (declared: invoiceId) (did you mean invoiceId?)"),
        argumentSet(
            "executionRuleMessageForAnUndeclaredRuleIsAnError",
            "executionRules",
            "exist",
            "\"exist\" is not a declared execution rule (declared: exists) (did you mean exists?)"));
  }

  @ParameterizedTest
  @MethodSource("labelsOfUndeclaredNames")
  void labelOfAnUndeclaredNameIsAnErrorOnTheName(String member, String name, String message) {
    JavaFileObject action =
        action()
            .with(
                "labels",
                "@ActionLabels(\n"
                    + "        actionName = \"Notify\",\n"
                    + "        "
                    + member
                    + " = @FieldText(\n"
                    + "            name = \""
                    + name
                    + "\",\n"
                    + "            text = \"Text\"))")
            .build();

    assertRejected(compileWithApp(action), action, RULE, message, "\"" + name + "\"");
  }

  /**
   * A label's name is a key of the labels' object, which HubSpot's CLI does not substitute: the
   * label is for a field named {@code ${FIELD}} in every profile, whatever FIELD holds. Found by a
   * second fuzzing campaign, which ran HubSpot's own substitution over the written file.
   */
  @Test
  void aProfileVariableInALabelsNameIsNotSubstituted() {
    JavaFileObject app =
        AppSource.timelineApp()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123,"
                    + " variables = @Variable(name = \"FIELD\", value = \"message\"))")
            .build();
    JavaFileObject action =
        action()
            .with(
                "labels",
                "@ActionLabels(\n"
                    + "        actionName = \"Notify\",\n"
                    + "        inputFieldLabels = @FieldText(name = \"${FIELD}\", text = \"Text\"))")
            .build();

    assertRejected(
        compile(NO_FRONTEND, app, action),
        action,
        RULE,
        "\"${FIELD}\" is not a declared input field (declared: message, priority)",
        "\"${FIELD}\"");
  }

  @Test
  void dependencyOnUndeclaredFieldsIsAnErrorOnEachName() {
    JavaFileObject action =
        action()
            .with(
                "fieldDependencies",
                "@FieldDependency(\n"
                    + "        controllingField = \"priorty\",\n"
                    + "        dependentFields = {\n"
                    + "            \"message\",\n"
                    + "            \"details\"})")
            .build();

    Compilation compilation = compileWithApp(action);

    assertRejected(
        compilation,
        action,
        RULE,
        "\"priorty\" is not a declared input field (declared: message, priority) (did you mean priority?)",
        "\"priorty\"");
    assertError(
        compilation, action, RULE, "\"details\" is not a declared input field", "\"details\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void referencesToDeclaredNamesPass() {
    JavaFileObject action =
        action()
            .with(
                "fieldDependencies",
                "@FieldDependency(\n"
                    + "        controllingField = \"priority\",\n"
                    + "        dependentFields = \"message\")")
            .with(
                "labels",
                "@ActionLabels(\n"
                    + "        actionName = \"Notify\",\n"
                    + "        inputFieldLabels = @FieldText(name = \"message\", text = \"Message\"),\n"
                    + "        inputFieldDescriptions = @FieldText(name = \"priority\", text = \"How urgent\"),\n"
                    + "        outputFieldLabels = @FieldText(name = \"invoiceId\", text = \"Invoice\"),\n"
                    + "        executionRules = @FieldText(name = \"exists\", text = \"Already there\"))")
            .build();

    assertPasses(compileWithApp(action), RULE);
  }

  @Test
  void aRenamedFieldIsReferencedByItsHubSpotName() {
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .with(
                "labels",
                "@ActionLabels(\n"
                    + "        actionName = \"Notify\",\n"
                    + "        inputFieldLabels = {\n"
                    + "            @FieldText(name = \"notification_message\", text = \"Message\"),\n"
                    + "            @FieldText(name = \"body\", text = \"Body\")})")
            .body(
                "  @InputField(name = \"notification_message\")",
                "  String message;",
                "  @InputField(name = \"notification_body\")",
                "  String body;")
            .build();

    Compilation compilation = compileWithApp(action);

    assertRejected(
        compilation,
        action,
        RULE,
        "\"body\" is not a declared input field (declared: notification_body, notification_message)",
        "\"body\"");
    assertThat(compilation).hadErrorCount(1);
  }
}
