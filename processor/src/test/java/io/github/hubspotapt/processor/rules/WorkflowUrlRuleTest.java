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

class WorkflowUrlRuleTest {

  private static final String RULE = "HS-WORKFLOW-URL";

  private static JavaFileObject action(String actionUrl, String optionsUrl) {
    return AppSource.javaFile("Notify",
        "@WorkflowAction(",
        "    uid = \"notify\",",
        "    actionUrl = " + actionUrl + ",",
        "    labels = @ActionLabels(",
        "        actionName = \"Notify\"))",
        "public class Notify {",
        "  String message;",
        "  @InputField(",
        "      optionsUrl = " + optionsUrl + ")",
        "  Priority priority;",
        "  public enum Priority {",
        "    HIGH,",
        "    LOW",
        "  }",
        "}");
  }

  @Test
  void httpActionUrlIsAnErrorOnTheValue() {
    JavaFileObject action = action("\"http://example.com/actions/notify\"", "\"\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "actionUrl \"http://example.com/actions/notify\" is not a public https:// URL; HubSpot calls it from its servers",
        "\"http://example.com/actions/notify\"");
    assertNothingWritten(compilation);
  }

  @Test
  void loopbackActionUrlIsAnError() {
    JavaFileObject action = action("\"https://127.0.0.1/notify\"", "\"\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "actionUrl \"https://127.0.0.1/notify\" is not a public https:// URL",
        "\"https://127.0.0.1/notify\"");
    assertNothingWritten(compilation);
  }

  /** The same public-URL check as the webhook target URL: a private network address is refused. */
  @Test
  void privateNetworkActionUrlIsAnError() {
    JavaFileObject action = action("\"https://10.0.0.8/actions/notify\"", "\"\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "actionUrl \"https://10.0.0.8/actions/notify\" is not a public https://"
        + " URL; HubSpot calls it from its servers", "\"https://10.0.0.8/actions/notify\"");
  }

  @Test
  void localhostOptionsUrlIsAnErrorNamingItsField() {
    JavaFileObject action = action("\"https://example.com/actions/notify\"", "\"https://localhost/options\"");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE,
        "optionsUrl of priority \"https://localhost/options\" is not a public https:// URL;"
            + " HubSpot calls it from its servers",
        "\"https://localhost/options\"");
    assertNothingWritten(compilation);
  }

  @Test
  void publicHttpsUrlsAndNoOptionsUrlPass() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(),
        action("\"https://example.com/actions/notify\"", "\"https://example.com/actions/options\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void emptyOptionsUrlMeansNone() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), action("\"https://example.com/actions/notify\"", "\"\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
