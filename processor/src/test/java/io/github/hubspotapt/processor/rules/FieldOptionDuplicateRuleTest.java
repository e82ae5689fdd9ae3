package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compileServed;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * HS-FIELD-OPTION-DUPLICATE (two options of one enum with one value) and
 * HS-FIELD-OPTION-LABEL-DUPLICATE (with one label), on workflow-action, app-object and app-event
 * enums.
 */
class FieldOptionDuplicateRuleTest {

  private static final String RULE = "HS-FIELD-OPTION-DUPLICATE";
  private static final String LABEL_RULE = "HS-FIELD-OPTION-LABEL-DUPLICATE";

  /** The fuzzer's case: B's default value, its name, is A's explicit value. */
  private static JavaFileObject pri() {
    return AppSource.javaFile(
        "Pri", "public enum Pri {", "  @Option(value = \"B\") A,", "  B", "}");
  }

  private static final String MESSAGE =
      "option value \"B\" of Pri.B is already the value of Pri.A; HubSpot tells options apart by"
          + " their value, so give each constant a value of its own with @Option(value = ...)";

  @Test
  void aWorkflowInputEnumWithTwoOptionsOfOneValueIsAnErrorOnTheSecondConstant() {
    JavaFileObject pri = pri();
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertRejected(compilation, pri, RULE, MESSAGE, "B\n}");
    assertThat(compilation).hadErrorCount(1);
  }

  /** One enum shared by two fields is reported once: it is fixed in one place. */
  @Test
  void anEnumSharedByFieldsIsReportedOnce() {
    JavaFileObject pri = pri();
    JavaFileObject action =
        AppSource.workflowAction("Act").record("Pri p", "java.util.Set<Pri> more").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertRejected(compilation, pri, RULE, MESSAGE, "B\n}");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAppObjectPropertyEnumWithTwoExplicitEqualValuesIsAnErrorOnTheSecondValue() {
    JavaFileObject stage =
        AppSource.javaFile(
            "Stage",
            "public enum Stage {",
            "  @Option(value = \"open\") OPEN,",
            "  @Option(value = \"open\", label = \"Reopened\") REOPENED",
            "}");
    JavaFileObject car = AppSource.appObject("Car").record("String model", "Stage stage").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), stage, car);

    assertRejected(
        compilation,
        stage,
        RULE,
        "option value \"open\" of Stage.REOPENED is already the value of Stage.OPEN",
        "\"open\", label");
  }

  @Test
  void anAppEventPropertyEnumWithTwoOptionsOfOneValueIsAnError() {
    JavaFileObject level =
        AppSource.javaFile(
            "Level",
            "public enum Level {",
            "  LOW,",
            "  @Option(label = \"Also low\") HIGH,",
            "  @Option(value = \"LOW\", label = \"Lowest\") LOWEST",
            "}");
    JavaFileObject event =
        AppSource.appEvent("Registered").record("String webinarName", "Level level").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), level, event);

    assertRejected(
        compilation,
        level,
        RULE,
        "option value \"LOW\" of Level.LOWEST is already the value of Level.LOW",
        "\"LOW\", label");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The values are compared as each profile makes them. */
  @Test
  void valuesEqualAfterAProfilesSubstitutionAreAnErrorInThatProfile() {
    JavaFileObject pri =
        AppSource.javaFile(
            "Pri",
            "public enum Pri {",
            "  @Option(value = \"${FIRST}\") A,",
            "  @Option(value = \"${SECOND}\") B",
            "}");
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();
    AppSource app =
        AppSource.timelineApp()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123, variables = {",
                "    @Variable(name = \"FIRST\", value = \"x\"), @Variable(name = \"SECOND\", value = \"x\")})",
                "@Profile(name = \"prod\", accountId = 456, variables = {",
                "    @Variable(name = \"FIRST\", value = \"x\"), @Variable(name = \"SECOND\", value = \"y\")})");

    Compilation compilation = compile(NO_FRONTEND, app.build(), pri, action);

    assertRejected(
        compilation,
        pri,
        RULE,
        "in profile \"local\": option value \"x\" of Pri.B is already the value of Pri.A",
        "\"${SECOND}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * With the runtime on the class path the execution reader's map of value to constant had the key
   * "B" twice and failed as it loaded ("duplicate key: B"). The error stops the compilation: no
   * class is compiled, so the reader generated in the first round never runs. With the error
   * lowered to a warning the reader maps "B" to the first constant that has it, and loads.
   */
  @Test
  void theExecutionReaderNeverHoldsADuplicateKey() throws Exception {
    JavaFileObject pri = pri();
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    Compilation compilation =
        compileServed(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertRejected(compilation, pri, RULE, MESSAGE, "B\n}");

    List<String> lowered = new ArrayList<>(NO_FRONTEND);
    lowered.add("-Ahubspot.severity.HS_FIELD_OPTION_DUPLICATE=WARNING");
    Compilation warned = compileServed(lowered, AppSource.timelineApp().build(), pri, action);

    assertSucceededWithWarning(warned, pri, RULE, MESSAGE, "B\n}");
    String reader =
        warned
            .generatedSourceFile("test.Act_Execution")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(reader).contains("Map.entry(\"B\", Pri.A)");
    assertThat(reader).doesNotContain("Map.entry(\"B\", Pri.B)");
  }

  @Test
  void twoOptionsOfOneLabelAreAWarningOnTheSecondLabel() {
    JavaFileObject pri =
        AppSource.javaFile(
            "Pri",
            "public enum Pri {",
            "  @Option(value = \"a\", label = \"Same\") A,",
            "  @Option(value = \"b\", label = \"Same\") B",
            "}");
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertSucceededWithWarning(
        compilation,
        pri,
        LABEL_RULE,
        "option label \"Same\" of Pri.B is already the label of Pri.A; HubSpot would show two"
            + " choices that look the same, so give each constant a label of its own with"
            + " @Option(label = ...)",
        "\"Same\") B");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void distinctValuesAndLabelsPass() {
    JavaFileObject pri =
        AppSource.javaFile("Pri", "public enum Pri {", "  @Option(value = \"b\") A,", "  B", "}");
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertPasses(compilation, RULE);
    assertPasses(compilation, LABEL_RULE);
  }
}
