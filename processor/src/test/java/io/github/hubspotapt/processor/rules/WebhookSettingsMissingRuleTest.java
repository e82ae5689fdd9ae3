package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The subscriptions are in classes without a feature annotation, which {@link AppSource#javaFile}
 * writes.
 */
class WebhookSettingsMissingRuleTest {

  private static final String RULE = "HS-WEBHOOK-SETTINGS-MISSING";

  @Test
  void subscriptionsWithoutSettingsAreAnErrorOnEachSubscription() {
    JavaFileObject hooks =
        AppSource.javaFile(
            "Hooks",
            "public class Hooks {",
            "  @WebhookSubscription(",
            "      subscriptionType = \"contact.creation\")",
            "  void created() {}",
            "  @WebhookSubscription(",
            "      subscriptionType = \"contact.deletion\")",
            "  void deleted() {}",
            "}");

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    String message =
        " has nowhere to deliver: no class carries @WebhookSettings(targetUrl = \"https://...\")";
    assertThat(compilation)
        .hadErrorContaining("[" + RULE + "] webhook subscription \"contact.creation\"" + message)
        .inFile(hooks)
        .onLine(6)
        .atColumn(3);
    assertThat(compilation)
        .hadErrorContaining("[" + RULE + "] webhook subscription \"contact.deletion\"" + message)
        .inFile(hooks)
        .onLine(9)
        .atColumn(3);
    assertNothingWritten(compilation);
  }

  @Test
  void subscriptionOnAClassWithoutSettingsIsAnError() {
    JavaFileObject hooks =
        AppSource.javaFile(
            "Hooks",
            "@WebhookSubscription(",
            "    subscriptionType = \"contact.creation\")",
            "public class Hooks {}");

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "webhook subscription \"contact.creation\" has nowhere to deliver",
        "@WebhookSubscription(");
  }

  @Test
  void settingsInAnotherClassServeEverySubscription() {
    JavaFileObject hooks =
        AppSource.javaFile(
            "Hooks",
            "public class Hooks {",
            "  @WebhookSubscription(",
            "      subscriptionType = \"contact.creation\")",
            "  void created() {}",
            "}");

    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().build(),
            AppSource.webhookSettings("WebhookConfig").build(),
            hooks),
        RULE);
  }
}
