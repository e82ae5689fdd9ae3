package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookDuplicateRuleTest {

  private static final String RULE = "HS-WEBHOOK-DUPLICATE";

  /** A method's subscription to changes of {@code property} of {@code object}, on one line. */
  private static String propertyChange(String object, String property) {
    return "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \""
        + object
        + "\", propertyName = \""
        + property
        + "\")";
  }

  @Test
  void sameSubscriptionOnTwoMethodsIsAnErrorOnEach() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .body(
                propertyChange("contact", "email"),
                "  void emailChanged() {}",
                propertyChange("contact", "email"),
                "  void emailChangedAgain() {}")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    assertThat(compilation).failed();
    String message =
        "subscription \"object.propertyChange\" on contact of email is declared 2 times"
            + " (emailChanged(), emailChangedAgain()); declare it once";
    assertThat(compilation).hadErrorCount(2);
    // Each error is on its own '@': line 8 and line 10, column 3.
    assertThat(compilation)
        .hadErrorContaining("[" + RULE + "] " + message)
        .inFile(hooks)
        .onLine(8)
        .atColumn(3);
    assertThat(compilation)
        .hadErrorContaining("[" + RULE + "] " + message)
        .inFile(hooks)
        .onLine(10)
        .atColumn(3);
    assertNothingWritten(compilation);
  }

  @Test
  void sameClassicSubscriptionOnTheClassAndAMethodIsAnErrorOnEach() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .annotatedWith("@WebhookSubscription(", "    subscriptionType = \"contact.deletion\")")
            .body(
                "  @WebhookSubscription(subscriptionType = \"contact.deletion\")",
                "  void deleted() {}")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    String message =
        "subscription \"contact.deletion\" is declared 2 times (test.Hooks, deleted()); declare it once";
    assertRejected(compilation, hooks, RULE, message, "@WebhookSubscription(\n");
    assertError(compilation, hooks, RULE, message, "@WebhookSubscription(subscriptionType");
  }

  @Test
  void subscriptionsThatDifferInObjectOrPropertyPass() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .body(
                propertyChange("contact", "email"),
                "  void emailChanged() {}",
                propertyChange("contact", "phone"),
                "  void phoneChanged() {}",
                propertyChange("company", "email"),
                "  void companyEmailChanged() {}")
            .build();

    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp()
                .withAuth("optionalScopes", "\"crm.objects.companies.read\"")
                .build(),
            hooks),
        RULE);
  }
}
