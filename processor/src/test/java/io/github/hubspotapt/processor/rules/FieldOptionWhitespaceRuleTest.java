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

/** Option values starting or ending with whitespace or an invisible character. */
class FieldOptionWhitespaceRuleTest {

  private static final String RULE = "HS-FIELD-OPTION-WHITESPACE";

  private static final String REFUSED =
      "; HubSpot's CRM object APIs refuse such enumeration values (400 Bad Request)";

  /** The fuzzer's case: a no-break space before, a space after. */
  private static JavaFileObject pri() {
    return AppSource.javaFile(
        "Pri", "public enum Pri {", "  A,", "  @Option(value = \"\\u00a0C \") C", "}");
  }

  @Test
  void aWorkflowInputOptionValueWithANoBreakSpaceIsAWarningWithTheTrimmedValue() {
    JavaFileObject pri = pri();
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertSucceededWithWarning(
        compilation,
        pri,
        RULE,
        "option value \"\u00a0C \" of Pri.C starts with U+00A0 and ends with U+0020"
            + REFUSED
            + ": write \"C\"",
        "\"\\u00a0C \"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void anAppObjectOptionValueWithAZeroWidthSpaceIsAWarning() {
    JavaFileObject stage =
        AppSource.javaFile(
            "Stage",
            "public enum Stage {",
            "  @Option(value = \"open\\u200b\") OPEN,",
            "  CLOSED",
            "}");
    JavaFileObject car = AppSource.appObject("Car").record("String model", "Stage stage").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), stage, car);

    assertSucceededWithWarning(
        compilation,
        stage,
        RULE,
        "option value \"open\\u200b\" of Stage.OPEN ends with U+200B"
            + REFUSED
            + ": write \"open\"",
        "\"open\\u200b\"");
  }

  @Test
  void anAppEventOptionValueWithATrailingTabIsAWarning() {
    JavaFileObject level =
        AppSource.javaFile(
            "Level", "public enum Level {", "  @Option(value = \"low\\t\") LOW,", "  HIGH", "}");
    JavaFileObject event =
        AppSource.appEvent("Registered").record("String webinarName", "Level level").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), level, event);

    assertSucceededWithWarning(
        compilation,
        level,
        RULE,
        "option value \"low\\u0009\" of Level.LOW ends with U+0009" + REFUSED + ": write \"low\"",
        "\"low\\t\"");
  }

  @Test
  void aValueOfWhitespaceOnlyHasNothingLeftToSuggest() {
    JavaFileObject pri =
        AppSource.javaFile("Pri", "public enum Pri {", "  A,", "  @Option(value = \" \") C", "}");
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action);

    assertSucceededWithWarning(
        compilation,
        pri,
        RULE,
        "option value \" \" of Pri.C starts with U+0020"
            + REFUSED
            + ", and nothing else is left of it: give it a value of its own",
        "\" \"");
  }

  @Test
  void innerSpacesPass() {
    JavaFileObject pri =
        AppSource.javaFile(
            "Pri", "public enum Pri {", "  @Option(value = \"very high\") A,", "  B", "}");
    JavaFileObject action = AppSource.workflowAction("Act").record("Pri p").build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), pri, action), RULE);
  }
}
