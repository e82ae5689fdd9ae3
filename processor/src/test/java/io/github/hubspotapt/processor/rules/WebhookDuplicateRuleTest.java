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

class WebhookDuplicateRuleTest {

  private static final String RULE = "HS-WEBHOOK-DUPLICATE";

  @Test
  void sameSubscriptionOnTwoMethodsIsAnErrorOnEach() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "public class Hooks {",
        "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"contact\", propertyName = \"email\")",
        "  void emailChanged() {}",
        "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"contact\", propertyName = \"email\")",
        "  void emailChangedAgain() {}",
        "}");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    String message = "subscription \"object.propertyChange\" on contact of email is declared 2 times"
        + " (emailChanged(), emailChangedAgain()); declare it once";
    assertThat(compilation).hadErrorCount(2);
    // Each error is on its own '@': line 8 and line 10, column 3.
    assertThat(compilation).hadErrorContaining("[" + RULE + "] " + message).inFile(hooks).onLine(8).atColumn(3);
    assertThat(compilation).hadErrorContaining("[" + RULE + "] " + message).inFile(hooks).onLine(10).atColumn(3);
    assertNothingWritten(compilation);
  }

  @Test
  void sameClassicSubscriptionOnTheClassAndAMethodIsAnErrorOnEach() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "@WebhookSubscription(",
        "    subscriptionType = \"contact.deletion\")",
        "public class Hooks {",
        "  @WebhookSubscription(subscriptionType = \"contact.deletion\")",
        "  void deleted() {}",
        "}");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    String message = "subscription \"contact.deletion\" is declared 2 times (test.Hooks, deleted()); declare it once";
    assertError(compilation, hooks, RULE, message, "@WebhookSubscription(\n");
    assertError(compilation, hooks, RULE, message, "@WebhookSubscription(subscriptionType");
    assertNothingWritten(compilation);
  }

  @Test
  void subscriptionsThatDifferInObjectOrPropertyPass() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "public class Hooks {",
        "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"contact\", propertyName = \"email\")",
        "  void emailChanged() {}",
        "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"contact\", propertyName = \"phone\")",
        "  void phoneChanged() {}",
        "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"company\", propertyName = \"email\")",
        "  void companyEmailChanged() {}",
        "}");

    Compilation compilation = compile(app().withAuth("optionalScopes", "\"crm.objects.companies.read\"").build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
