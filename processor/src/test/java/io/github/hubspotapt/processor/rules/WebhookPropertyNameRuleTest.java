package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.hooks;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookPropertyNameRuleTest {

  private static final String RULE = "HS-WEBHOOK-PROPERTY-NAME";

  @Test
  void propertyChangeWithoutPropertyNameIsAnErrorOnTheAnnotation() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.propertyChange\",",
        "      objectType = \"contact\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscription \"object.propertyChange\" needs the property it watches, e.g. propertyName = \"email\"",
        "@WebhookSubscription(");
    assertNothingWritten(compilation);
  }

  @Test
  void classicPropertyChangeWithoutPropertyNameIsAnError() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.propertyChange\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscription \"contact.propertyChange\" needs the property it watches", "@WebhookSubscription(");
    assertNothingWritten(compilation);
  }

  @Test
  void propertyNameOnAnotherTypeIsAnErrorOnTheValue() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\",",
        "      propertyName = \"email\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "propertyName \"email\" only applies to *.propertyChange subscriptions, not to \"contact.creation\"",
        "\"email\"");
    assertNothingWritten(compilation);
  }

  @Test
  void propertyChangeWithPropertyNamePasses() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.propertyChange\",",
        "      objectType = \"contact\",",
        "      propertyName = \"email\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.propertyChange\",",
        "      propertyName = \"lastname\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
