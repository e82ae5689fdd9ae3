package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A conditional dependency's controllingValue against the controlling enum's option values. */
class WorkflowControllingValueRuleTest {

  private static final String RULE = "HS-WORKFLOW-CONTROLLING-VALUE";

  private static JavaFileObject priority() {
    return AppSource.javaFile(
        "Priority",
        "public enum Priority {",
        "  @Option(value = \"high\") HIGH,",
        "  @Option(value = \"low\") LOW",
        "}");
  }

  private static JavaFileObject action(String controllingValue, String priorityField) {
    return AppSource.workflowAction("Act")
        .with(
            "fieldDependencies",
            "@FieldDependency(\n"
                + "        controllingField = \"priority\",\n"
                + "        controllingValue = \""
                + controllingValue
                + "\",\n"
                + "        dependentFields = \"note\")")
        .record(priorityField, "String note")
        .build();
  }

  private static Compilation compileWith(JavaFileObject action) {
    return compile(NO_FRONTEND, AppSource.timelineApp().build(), priority(), action);
  }

  /** The fuzzer's case: the constant's name where @Option gives another value. */
  @Test
  void aConstantsNameIsAWarningNamingTheConstantsValue() {
    JavaFileObject action = action("HIGH", "Priority priority");

    Compilation compilation = compileWith(action);

    assertSucceededWithWarning(
        compilation,
        action,
        RULE,
        "controllingValue \"HIGH\" is none of the option values of input field \"priority\""
            + " (high, low), so the dependency never applies (did you mean high, the value of"
            + " Priority.HIGH?)",
        "\"HIGH\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void aTypoIsAWarningWithTheNearestValue() {
    JavaFileObject action = action("hihg", "Priority priority");

    assertSucceededWithWarning(
        compileWith(action),
        action,
        RULE,
        "controllingValue \"hihg\" is none of the option values of input field \"priority\""
            + " (high, low), so the dependency never applies (did you mean high?)",
        "\"hihg\"");
  }

  @Test
  void anOptionValuePasses() {
    assertPasses(compileWith(action("high", "Priority priority")), RULE);
  }

  /** Options fetched from a URL are not known at compile time. */
  @Test
  void aFieldWithAnOptionsUrlIsNotChecked() {
    JavaFileObject action =
        action(
            "HIGH", "@InputField(optionsUrl = \"https://example.com/options\") Priority priority");

    assertPasses(compileWith(action), RULE);
  }
}
