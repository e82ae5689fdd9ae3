package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
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

class WorkflowUrlRuleTest {

  private static final String RULE = "HS-WORKFLOW-URL";
  private static final String NOT_PUBLIC = "\" is not a public https:// URL";
  private static final String FROM_ITS_SERVERS = "; HubSpot calls it from its servers";

  /**
   * Both URLs are Java expressions; the options URL is that of the input field {@code priority}.
   */
  private static JavaFileObject action(String actionUrl, String optionsUrl) {
    return AppSource.workflowAction("Notify")
        .with("actionUrl", actionUrl)
        .body(
            "  String message;",
            "  @InputField(",
            "      optionsUrl = " + optionsUrl + ")",
            "  Priority priority;",
            "  public enum Priority {",
            "    HIGH,",
            "    LOW",
            "  }")
        .build();
  }

  private static Compilation compileWithApp(JavaFileObject action) {
    return compile(NO_FRONTEND, AppSource.timelineApp().build(), action);
  }

  /** The action URL, the options URL, the message and the URL it points at. */
  static Stream<Arguments> urlsThatAreNotPublic() {
    return Stream.of(
        argumentSet(
            "httpActionUrlIsAnErrorOnTheValue",
            "http://example.com/actions/notify",
            "",
            "actionUrl \"http://example.com/actions/notify" + NOT_PUBLIC + FROM_ITS_SERVERS,
            "http://example.com/actions/notify"),
        argumentSet(
            "loopbackActionUrlIsAnError",
            "https://127.0.0.1/notify",
            "",
            "actionUrl \"https://127.0.0.1/notify" + NOT_PUBLIC,
            "https://127.0.0.1/notify"),
        argumentSet(
            "localhostOptionsUrlIsAnErrorNamingItsField",
            "https://example.com/actions/notify",
            "https://localhost/options",
            "optionsUrl of priority \"https://localhost/options" + NOT_PUBLIC + FROM_ITS_SERVERS,
            "https://localhost/options"));
  }

  @ParameterizedTest
  @MethodSource("urlsThatAreNotPublic")
  void urlThatIsNotPublicIsAnErrorOnTheValue(
      String actionUrl, String optionsUrl, String message, String located) {
    JavaFileObject action = action("\"" + actionUrl + "\"", "\"" + optionsUrl + "\"");

    assertRejected(compileWithApp(action), action, RULE, message, "\"" + located + "\"");
  }

  /** The same public-URL check as the webhook target URL: a private network address is refused. */
  @Test
  void privateNetworkActionUrlIsAnError() {
    JavaFileObject action = action("\"https://10.0.0.8/actions/notify\"", "\"\"");

    assertFailedWith(
        compileWithApp(action),
        action,
        RULE,
        "actionUrl \"https://10.0.0.8/actions/notify" + NOT_PUBLIC + FROM_ITS_SERVERS,
        "\"https://10.0.0.8/actions/notify\"");
  }

  @Test
  void publicHttpsUrlsAndNoOptionsUrlPass() {
    assertPasses(
        compileWithApp(
            action(
                "\"https://example.com/actions/notify\"",
                "\"https://example.com/actions/options\"")),
        RULE);
  }

  @Test
  void emptyOptionsUrlMeansNone() {
    assertPasses(compileWithApp(action("\"https://example.com/actions/notify\"", "\"\"")), RULE);
  }
}
