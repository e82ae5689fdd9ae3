package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WorkflowFieldReferenceRuleTest {

  private static final String RULE = "HS-WORKFLOW-FIELD-REFERENCE";

  /** An action with input fields message and priority, output field invoiceId, and an execution rule "exists". */
  private static JavaFileObject action(String... members) {
    String[] lines = new String[members.length + 18];
    int i = 0;
    lines[i++] = "@WorkflowAction(";
    lines[i++] = "    uid = \"notify\",";
    lines[i++] = "    actionUrl = \"https://example.com/actions/notify\",";
    lines[i++] = "    output = Notify.Result.class,";
    lines[i++] = "    executionRules = @ExecutionRule(";
    lines[i++] = "        labelName = \"exists\",";
    lines[i++] = "        conditions = \"{\\\"errorCode\\\": \\\"ALREADY_EXISTS\\\"}\"),";
    System.arraycopy(members, 0, lines, i, members.length);
    i += members.length;
    lines[i++] = "public record Notify(";
    lines[i++] = "    String message,";
    lines[i++] = "    Priority priority) {";
    lines[i++] = "  public enum Priority {";
    lines[i++] = "    HIGH,";
    lines[i++] = "    LOW";
    lines[i++] = "  }";
    lines[i++] = "  public record Result(";
    lines[i++] = "      String invoiceId) {}";
    lines[i++] = "}";
    lines[i] = "";
    return AppSource.javaFile("Notify", lines);
  }

  @Test
  void inputFieldLabelForAnUndeclaredFieldIsAnErrorOnTheNameWithTheNearestFieldSuggested() {
    JavaFileObject action = action(
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        inputFieldLabels = @FieldText(",
        "            name = \"mesage\",",
        "            text = \"Message\")))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "\"mesage\" is not a declared input field (declared: message, priority) (did you mean message?)", "\"mesage\"");
    assertNothingWritten(compilation);
  }

  @Test
  void inputFieldDescriptionForAnUndeclaredFieldIsAnError() {
    JavaFileObject action = action(
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        inputFieldDescriptions = @FieldText(",
        "            name = \"urgency\",",
        "            text = \"How urgent\")))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "\"urgency\" is not a declared input field (declared: message, priority)",
        "\"urgency\"");
    assertNothingWritten(compilation);
  }

  @Test
  void outputFieldLabelForAnUndeclaredOutputIsAnError() {
    JavaFileObject action = action(
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        outputFieldLabels = @FieldText(",
        "            name = \"invoiceNo\",",
        "            text = \"Invoice\")))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "\"invoiceNo\" is not a declared output field (declared: invoiceId) (did you mean invoiceId?)", "\"invoiceNo\"");
    assertNothingWritten(compilation);
  }

  @Test
  void executionRuleMessageForAnUndeclaredRuleIsAnError() {
    JavaFileObject action = action(
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        executionRules = @FieldText(",
        "            name = \"exist\",",
        "            text = \"Already there\")))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "\"exist\" is not a declared execution rule (declared: exists) (did you mean exists?)", "\"exist\"");
    assertNothingWritten(compilation);
  }

  @Test
  void dependencyOnUndeclaredFieldsIsAnErrorOnEachName() {
    JavaFileObject action = action(
        "    fieldDependencies = @FieldDependency(",
        "        controllingField = \"priorty\",",
        "        dependentFields = {",
        "            \"message\",",
        "            \"details\"}),",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\"))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "\"priorty\" is not a declared input field (declared: message, priority) (did you mean priority?)",
        "\"priorty\"");
    assertError(compilation, action, RULE, "\"details\" is not a declared input field", "\"details\"");
    assertThat(compilation).hadErrorCount(2);
    assertNothingWritten(compilation);
  }

  @Test
  void referencesToDeclaredNamesPass() {
    JavaFileObject action = action(
        "    fieldDependencies = @FieldDependency(",
        "        controllingField = \"priority\",",
        "        dependentFields = \"message\"),",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        inputFieldLabels = @FieldText(name = \"message\", text = \"Message\"),",
        "        inputFieldDescriptions = @FieldText(name = \"priority\", text = \"How urgent\"),",
        "        outputFieldLabels = @FieldText(name = \"invoiceId\", text = \"Invoice\"),",
        "        executionRules = @FieldText(name = \"exists\", text = \"Already there\")))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void aRenamedFieldIsReferencedByItsHubSpotName() {
    JavaFileObject action = AppSource.javaFile("Notify",
        "@WorkflowAction(",
        "    uid = \"notify\",",
        "    actionUrl = \"https://example.com/actions/notify\",",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\",",
        "        inputFieldLabels = {",
        "            @FieldText(name = \"notification_message\", text = \"Message\"),",
        "            @FieldText(name = \"body\", text = \"Body\")}))",
        "public class Notify {",
        "  @InputField(name = \"notification_message\")",
        "  String message;",
        "  @InputField(name = \"notification_body\")",
        "  String body;",
        "}");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "\"body\" is not a declared input field (declared: notification_body, notification_message)", "\"body\"");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }
}
