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
import org.junit.jupiter.params.provider.ValueSource;

/** One rule class, two ids: HS-WEBHOOK-TARGET-URL and HS-WEBHOOK-MAX-CONCURRENT. */
class WebhookSettingsRuleTest {

  private static final String TARGET_URL = "HS-WEBHOOK-TARGET-URL";
  private static final String MAX_CONCURRENT = "HS-WEBHOOK-MAX-CONCURRENT";
  private static final String NOT_PUBLIC = "\" is not a public https:// URL";
  private static final String ONLY_PUBLIC =
      "; HubSpot only delivers webhooks to publicly reachable https endpoints";

  private static JavaFileObject settings(String targetUrl, String maxConcurrentRequests) {
    return AppSource.webhookSettings("Hooks")
        .with("targetUrl", targetUrl)
        .with("maxConcurrentRequests", maxConcurrentRequests)
        .body(
            "  @WebhookSubscription(",
            "      subscriptionType = \"contact.creation\")",
            "  void created() {}")
        .build();
  }

  private static void assertTargetUrlRejected(String url, String message) {
    JavaFileObject hooks = settings("\"" + url + "\"", "10");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        TARGET_URL,
        message,
        "\"" + url + "\"");
  }

  static Stream<Arguments> targetUrlsThatAreNotHttps() {
    return Stream.of(
        argumentSet(
            "httpTargetUrlIsAnErrorOnTheValue",
            "http://example.com/webhooks",
            "targetUrl \"http://example.com/webhooks" + NOT_PUBLIC + ONLY_PUBLIC),
        argumentSet(
            "localhostTargetUrlIsAnError",
            "https://localhost:8080/webhooks",
            "targetUrl \"https://localhost:8080/webhooks" + NOT_PUBLIC),
        argumentSet(
            "relativeTargetUrlIsAnError", "/webhooks", "targetUrl \"/webhooks" + NOT_PUBLIC));
  }

  @ParameterizedTest
  @MethodSource("targetUrlsThatAreNotHttps")
  void targetUrlThatIsNotHttpsIsAnErrorOnTheValue(String url, String message) {
    assertTargetUrlRejected(url, message);
  }

  /**
   * Addresses of this machine and of private networks, which HubSpot's servers cannot reach (issue
   * 13).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://192.168.0.5/webhook",
        "https://10.1.2.3/webhook",
        "https://172.16.0.1/webhook",
        "https://172.31.255.255/webhook",
        "https://127.0.0.2/webhook",
        "https://169.254.169.254/webhook",
        "https://[::1]/webhook",
        "https://[fc00::1]/webhook",
        "https://[fd12:3456::1]:8443/webhook",
        "https://[fe80::1]/webhook",
        "https://[::ffff:192.168.0.5]/webhook",
        "https://0.0.0.0/webhook",
        "https://localhost/webhook",
        "https://api.localhost/webhook",
        "https://localhost./webhook"
      })
  void privateOrLocalTargetUrlIsAnErrorOnTheValue(String url) {
    assertTargetUrlRejected(url, "targetUrl \"" + url + NOT_PUBLIC + ONLY_PUBLIC);
  }

  /**
   * The neighbours of the private ranges are public, and so is a name that merely contains
   * "localhost".
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://172.15.0.1/webhook",
        "https://172.32.0.1/webhook",
        "https://11.0.0.1/webhook",
        "https://192.169.0.5/webhook",
        "https://8.8.8.8/webhook",
        "https://[2001:db8::1]/webhook",
        "https://[fe00::1]/webhook",
        "https://localhost.example.com/webhook",
        "https://10.example.com/webhook"
      })
  void publicAddressesAndNamesPass(String url) {
    assertPasses(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), settings("\"" + url + "\"", "10")),
        TARGET_URL);
  }

  @Test
  void publicHttpsTargetUrlPasses() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            settings("\"https://example.com/webhooks\"", "10")),
        TARGET_URL);
  }

  static Stream<Arguments> maxConcurrentRequestsBelowOne() {
    return Stream.of(
        argumentSet(
            "zeroMaxConcurrentRequestsIsAnErrorOnTheValue",
            "0",
            "maxConcurrentRequests is 0; it must be at least 1 (HubSpot's templates use 10)"),
        argumentSet(
            "negativeMaxConcurrentRequestsIsAnErrorOnTheValue",
            "-5",
            "maxConcurrentRequests is -5; it must be at least 1"));
  }

  /** The value is the annotation's last member: located with its closing parenthesis. */
  @ParameterizedTest
  @MethodSource("maxConcurrentRequestsBelowOne")
  void maxConcurrentRequestsBelowOneIsAnErrorOnTheValue(String value, String message) {
    JavaFileObject hooks = settings("\"https://example.com/webhooks\"", value);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        MAX_CONCURRENT,
        message,
        value + ")");
  }

  /**
   * The variable's placeholder is written in the number's place, so a number given beside it would
   * be lost (found by differential fuzzing).
   */
  @Test
  void aNumberBesideItsVariableIsAnErrorOnTheNumber() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .with("maxConcurrentRequests", "7")
            .with("maxConcurrentRequestsVariable", "\"MAX\"")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        MAX_CONCURRENT,
        "maxConcurrentRequests and maxConcurrentRequestsVariable \"MAX\" are both given: the"
            + " variable sets the number in each profile, and the number given is written nowhere;"
            + " remove one of the two",
        "7,");
  }

  /**
   * In each profile's copy of the project the member holds the variable's value (18 here), and the
   * variable's place: the error is the same in every profile, so it is reported once, there. A
   * second fuzzing campaign found it reported once per profile, naming 18.
   */
  @Test
  void aNumberBesideItsVariableIsOneErrorWhateverTheProfilesHold() {
    JavaFileObject app =
        AppSource.timelineApp()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123,"
                    + " variables = @Variable(name = \"MAX\", value = \"18\", type = VariableType.NUMBER))",
                "@Profile(name = \"prod\", accountId = 456,"
                    + " variables = @Variable(name = \"MAX\", value = \"19\", type = VariableType.NUMBER))")
            .build();
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .with("maxConcurrentRequests", "7")
            .with("maxConcurrentRequestsVariable", "\"MAX\"")
            .build();

    Compilation compilation = compile(NO_FRONTEND, app, hooks);

    assertRejected(
        compilation,
        hooks,
        MAX_CONCURRENT,
        "maxConcurrentRequests and maxConcurrentRequestsVariable \"MAX\" are both given: the"
            + " variable sets the number in each profile, and the number given is written nowhere;"
            + " remove one of the two",
        "\"MAX\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void oneConcurrentRequestPasses() {
    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            settings("\"https://example.com/webhooks\"", "1")),
        MAX_CONCURRENT);
  }
}
