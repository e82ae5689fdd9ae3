package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.hooks;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookObjectTypeRuleTest {

  private static final String RULE = "HS-WEBHOOK-OBJECT-TYPE";

  @Test
  void objectSubscriptionWithoutObjectTypeIsAnErrorOnTheAnnotation() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscription \"object.creation\" needs an objectType, e.g. objectType = \"contact\"", "@WebhookSubscription(");
    assertNothingWritten(compilation);
  }

  @Test
  void objectTypeWithASpaceIsAnErrorOnTheValueWithTheNearestObjectSuggested() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"line item\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "objectType \"line item\" is not an object type name: expected letters, digits and '_', e.g. contact, deal,"
            + " line_item, or a custom object p_<name> (did you mean line_item?)",
        "\"line item\"");
    assertNothingWritten(compilation);
  }

  @Test
  void objectTypeOnAClassicSubscriptionIsAnErrorOnTheValue() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\",",
        "      objectType = \"contact\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscription \"contact.creation\" names its object in the type; remove objectType \"contact\","
            + " or use object.creation",
        "\"contact\")");
    assertNothingWritten(compilation);
  }

  @Test
  void objectTypeOnAHubEventIsAnError() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"conversation.creation\",",
        "      objectType = \"contact\")");

    Compilation compilation = compile(app().withAuth("optionalScopes", "\"conversations.read\"").build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscription \"conversation.creation\" applies to no CRM object; remove objectType \"contact\"",
        "\"contact\")");
    assertNothingWritten(compilation);
  }

  @Test
  void standardAndCustomObjectTypesPass() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"contact\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"p_cars\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.deletion\",",
        "      objectType = \"2-123456\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.deletion\")");

    Compilation compilation = compile(app().withAuth("optionalScopes", "\"crm.objects.custom.read\"").build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void aHubEventIsNotOfferedAnObjectSubscriptionThatDoesNotExist() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "public class Hooks {",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.privacyDeletion\",",
        "      objectType = \"contact\")",
        "  void handle() {}",
        "}");

    Compilation compilation = compile(app().build(), hooks);

    assertError(compilation, hooks, RULE,
        "subscription \"contact.privacyDeletion\" applies to no CRM object; remove objectType \"contact\"",
        "\"contact\")");
    assertThat(compilation.errors().get(0).getMessage(java.util.Locale.ROOT)).doesNotContain("object.privacyDeletion");
  }
}
