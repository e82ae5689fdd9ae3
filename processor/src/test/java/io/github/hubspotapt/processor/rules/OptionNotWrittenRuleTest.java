package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class OptionNotWrittenRuleTest {

  private static final String RULE = "HS-ENUM-OPTION-NOT-WRITTEN";

  /** {@code test.Priority}: one constant hidden, one with a description and a display order. */
  private static JavaFileObject priority() {
    return AppSource.javaFile(
        "Priority",
        "public enum Priority {",
        "  @Option(value = \"high\", description = \"Now\", displayOrder = 0) HIGH,",
        "  @Option(value = \"low\", hidden = true) LOW",
        "}");
  }

  @Test
  void hiddenOnAWorkflowActionOptionIsAWarningOnTheValueOnceForAllFieldsSharingTheEnum() {
    JavaFileObject priority = priority();
    JavaFileObject action =
        AppSource.workflowAction("Notify")
            .record("Priority priority", "Priority fallbackPriority")
            .build();

    Compilation compilation =
        compile(NO_FRONTEND, AppSource.timelineApp().build(), priority, action);

    assertSucceededWithWarning(
        compilation,
        priority,
        RULE,
        "@Option(hidden = true) of option \"low\" is not written: HubSpot's"
            + " workflow-action options have no hidden flag, so the option is still offered",
        "true) LOW");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void descriptionDisplayOrderAndHiddenOnAnAppEventOptionAreWarningsOnEachValue() {
    JavaFileObject priority = priority();
    JavaFileObject event = AppSource.appEvent("Registration").record("Priority priority").build();

    Compilation compilation =
        compile(NO_FRONTEND, AppSource.timelineApp().build(), priority, event);

    assertThat(compilation).succeeded();
    String only = " is not written: HubSpot's app-event options have only a value and a label";
    assertWarning(
        compilation, priority, RULE, "@Option(description) of option \"high\"" + only, "\"Now\"");
    assertWarning(
        compilation, priority, RULE, "@Option(displayOrder) of option \"high\"" + only, "0) HIGH");
    assertWarning(
        compilation,
        priority,
        RULE,
        "@Option(hidden = true) of option \"low\"" + only + ", so the option is still offered",
        "true) LOW");
    assertThat(compilation).hadWarningCount(3);
  }

  /** App-object properties have a place for every @Option member. */
  @Test
  void appObjectOptionsAreAllWrittenWithoutAWarning() {
    JavaFileObject car =
        AppSource.appObject("Car").record("String model", "Priority priority").build();

    Compilation compilation =
        compile(NO_FRONTEND, AppSource.timelineApp().build(), priority(), car);

    assertPasses(compilation, RULE);
  }
}
