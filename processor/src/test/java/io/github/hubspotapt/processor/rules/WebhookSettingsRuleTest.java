package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule class, two ids: HS-WEBHOOK-TARGET-URL and HS-WEBHOOK-MAX-CONCURRENT. */
class WebhookSettingsRuleTest {

  private static final String TARGET_URL = "HS-WEBHOOK-TARGET-URL";
  private static final String MAX_CONCURRENT = "HS-WEBHOOK-MAX-CONCURRENT";

  private static JavaFileObject settings(String targetUrl, String maxConcurrentRequests) {
    return source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = " + targetUrl + ",",
        "    maxConcurrentRequests = " + maxConcurrentRequests + ")",
        "public class Hooks {",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\")",
        "  void created() {}",
        "}");
  }

  @Test
  void httpTargetUrlIsAnErrorOnTheValue() {
    JavaFileObject hooks = settings("\"http://example.com/webhooks\"", "10");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, TARGET_URL,
        "targetUrl \"http://example.com/webhooks\" is not a public https:// URL; HubSpot only delivers webhooks to"
            + " publicly reachable https endpoints",
        "\"http://example.com/webhooks\"");
    assertNothingWritten(compilation);
  }

  @Test
  void localhostTargetUrlIsAnError() {
    JavaFileObject hooks = settings("\"https://localhost:8080/webhooks\"", "10");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, TARGET_URL,
        "targetUrl \"https://localhost:8080/webhooks\" is not a public https:// URL", "\"https://localhost:8080/webhooks\"");
    assertNothingWritten(compilation);
  }

  @Test
  void relativeTargetUrlIsAnError() {
    JavaFileObject hooks = settings("\"/webhooks\"", "10");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, TARGET_URL, "targetUrl \"/webhooks\" is not a public https:// URL", "\"/webhooks\"");
    assertNothingWritten(compilation);
  }

  /** Addresses of this machine and of private networks, which HubSpot's servers cannot reach (issue 13). */
  @ParameterizedTest
  @ValueSource(strings = {"https://192.168.0.5/webhook", "https://10.1.2.3/webhook", "https://172.16.0.1/webhook",
      "https://172.31.255.255/webhook", "https://127.0.0.2/webhook", "https://169.254.169.254/webhook",
      "https://[::1]/webhook", "https://[fc00::1]/webhook", "https://[fd12:3456::1]:8443/webhook",
      "https://[fe80::1]/webhook", "https://[::ffff:192.168.0.5]/webhook", "https://0.0.0.0/webhook",
      "https://localhost/webhook", "https://api.localhost/webhook", "https://localhost./webhook"})
  void privateOrLocalTargetUrlIsAnErrorOnTheValue(String url) {
    JavaFileObject hooks = settings("\"" + url + "\"", "10");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, TARGET_URL, "targetUrl \"" + url + "\" is not a public https:// URL; HubSpot only"
        + " delivers webhooks to publicly reachable https endpoints", "\"" + url + "\"");
    assertNothingWritten(compilation);
  }

  /** The neighbours of the private ranges are public, and so is a name that merely contains "localhost". */
  @ParameterizedTest
  @ValueSource(strings = {"https://172.15.0.1/webhook", "https://172.32.0.1/webhook", "https://11.0.0.1/webhook",
      "https://192.169.0.5/webhook", "https://8.8.8.8/webhook", "https://[2001:db8::1]/webhook",
      "https://[fe00::1]/webhook", "https://localhost.example.com/webhook", "https://10.example.com/webhook"})
  void publicAddressesAndNamesPass(String url) {
    Compilation compilation = compile(app().build(), settings("\"" + url + "\"", "10"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, TARGET_URL);
  }

  @Test
  void publicHttpsTargetUrlPasses() {
    Compilation compilation = compile(app().build(), settings("\"https://example.com/webhooks\"", "10"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, TARGET_URL);
  }

  @Test
  void zeroMaxConcurrentRequestsIsAnErrorOnTheValue() {
    JavaFileObject hooks = settings("\"https://example.com/webhooks\"", "0");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, MAX_CONCURRENT,
        "maxConcurrentRequests is 0; it must be at least 1 (HubSpot's templates use 10)", "0)");
    assertNothingWritten(compilation);
  }

  @Test
  void negativeMaxConcurrentRequestsIsAnErrorOnTheValue() {
    JavaFileObject hooks = settings("\"https://example.com/webhooks\"", "-5");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, MAX_CONCURRENT, "maxConcurrentRequests is -5; it must be at least 1", "-5)");
    assertNothingWritten(compilation);
  }

  @Test
  void oneConcurrentRequestPasses() {
    Compilation compilation = compile(app().build(), settings("\"https://example.com/webhooks\"", "1"));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, MAX_CONCURRENT);
  }
}
