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

class WebhookSettingsMissingRuleTest {

  private static final String RULE = "HS-WEBHOOK-SETTINGS-MISSING";

  @Test
  void subscriptionsWithoutSettingsAreAnErrorOnEachSubscription() {
    JavaFileObject hooks = source("Hooks",
        "public class Hooks {",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\")",
        "  void created() {}",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.deletion\")",
        "  void deleted() {}",
        "}");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    String message = " has nowhere to deliver: no class carries @WebhookSettings(targetUrl = \"https://...\")";
    assertThat(compilation)
        .hadErrorContaining("[" + RULE + "] webhook subscription \"contact.creation\"" + message)
        .inFile(hooks).onLine(6).atColumn(3);
    assertThat(compilation)
        .hadErrorContaining("[" + RULE + "] webhook subscription \"contact.deletion\"" + message)
        .inFile(hooks).onLine(9).atColumn(3);
    assertNothingWritten(compilation);
  }

  @Test
  void subscriptionOnAClassWithoutSettingsIsAnError() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSubscription(",
        "    subscriptionType = \"contact.creation\")",
        "public class Hooks {}");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE, "webhook subscription \"contact.creation\" has nowhere to deliver",
        "@WebhookSubscription(");
    assertNothingWritten(compilation);
  }

  @Test
  void settingsInAnotherClassServeEverySubscription() {
    JavaFileObject settings = source("WebhookConfig",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "public class WebhookConfig {}");
    JavaFileObject hooks = source("Hooks",
        "public class Hooks {",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\")",
        "  void created() {}",
        "}");

    Compilation compilation = compile(app().build(), settings, hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
