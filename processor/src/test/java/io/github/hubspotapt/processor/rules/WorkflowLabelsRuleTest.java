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

class WorkflowLabelsRuleTest {

  private static final String RULE = "HS-WORKFLOW-LABELS";

  private static JavaFileObject action(String... labels) {
    String[] lines = new String[labels.length + 6];
    lines[0] = "@WorkflowAction(";
    lines[1] = "    uid = \"notify\",";
    lines[2] = "    actionUrl = \"https://example.com/actions/notify\",";
    System.arraycopy(labels, 0, lines, 3, labels.length);
    lines[lines.length - 3] = "public class Notify {";
    lines[lines.length - 2] = "  String message;";
    lines[lines.length - 1] = "}";
    return AppSource.javaFile("Notify", lines);
  }

  @Test
  void labelsWithoutEnglishAreAnErrorOnTheAction() {
    JavaFileObject action = action(
        "    labels = @ActionLabels(",
        "        locale = \"de\",",
        "        actionName = \"Benachrichtigen\"))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "@WorkflowAction needs labels for locale \"en\" (found: de); add @ActionLabels(actionName = \"...\")",
        "@WorkflowAction(");
    assertNothingWritten(compilation);
  }

  @Test
  void noLabelsAtAllAreAnError() {
    JavaFileObject action = action(
        "    labels = {})");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "@WorkflowAction needs labels for locale \"en\" (found: );",
        "@WorkflowAction(");
    assertNothingWritten(compilation);
  }

  @Test
  void localeGivenTwiceIsAnErrorOnTheSecond() {
    JavaFileObject action = action(
        "    labels = {",
        "        @ActionLabels(",
        "            actionName = \"Notify\"),",
        "        @ActionLabels(",
        "            locale = \"en\",",
        "            actionName = \"Notify again\")})");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "labels for locale \"en\" are given twice; give each locale once", "\"en\"");
    assertNothingWritten(compilation);
  }

  @Test
  void twoLabelsDefaultingToEnglishAreAnErrorOnTheSecondAnnotation() {
    JavaFileObject action = action(
        "    labels = {",
        "        @ActionLabels(actionName = \"Notify\"),",
        "        @ActionLabels(actionName = \"Notify again\")})");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "labels for locale \"en\" are given twice; give each locale once",
        "@ActionLabels(actionName = \"Notify again\")");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void blankActionNameIsAnErrorOnTheValue() {
    JavaFileObject action = action(
        "    labels = @ActionLabels(",
        "        actionName = \"  \"))");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "actionName is blank; it is the action's name in the workflow editor",
        "\"  \"");
    assertNothingWritten(compilation);
  }

  @Test
  void englishAndOtherLocalesOnceEachPass() {
    JavaFileObject action = action(
        "    labels = {",
        "        @ActionLabels(",
        "            actionName = \"Notify\"),",
        "        @ActionLabels(",
        "            locale = \"de\",",
        "            actionName = \"Benachrichtigen\")})");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
