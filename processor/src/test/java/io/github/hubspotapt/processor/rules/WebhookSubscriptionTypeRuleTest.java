package io.github.hubspotapt.processor.rules;

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

class WebhookSubscriptionTypeRuleTest {

  private static final String RULE = "HS-WEBHOOK-SUBSCRIPTION-TYPE";

  @Test
  void misspelledTypeIsAnErrorOnTheValueWithTheNearestTypeSuggested() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creaton\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscriptionType \"contact.creaton\" is not a HubSpot webhook subscription type; allowed: object.<event>,"
            + " <contact|company|deal|ticket|product|line_item>.<event> with event one of associationChange, creation,"
            + " deletion, merge, propertyChange, restore, contact.privacyDeletion, conversation.*"
            + " (did you mean contact.creation?)",
        "\"contact.creaton\"");
    assertNothingWritten(compilation);
  }

  @Test
  void productHasNoAssociationChangeSubscription() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"product.associationChange\")");

    Compilation compilation = compile(app().withAuth("optionalScopes", "\"crm.objects.products.read\"").build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscriptionType \"product.associationChange\" is not a HubSpot webhook subscription type",
        "\"product.associationChange\"");
    assertNothingWritten(compilation);
  }

  @Test
  void typeOnTheHandlerClassIsCheckedToo() {
    JavaFileObject hooks = source("Hooks",
        "@WebhookSettings(",
        "    targetUrl = \"https://example.com/webhooks\")",
        "@WebhookSubscription(",
        "    subscriptionType = \"object.create\",",
        "    objectType = \"contact\")",
        "public class Hooks {}");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).failed();
    assertError(compilation, hooks, RULE,
        "subscriptionType \"object.create\" is not a HubSpot webhook subscription type", "\"object.create\"");
    assertNothingWritten(compilation);
  }

  @Test
  void everyKindOfTypePasses() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.associationChange\",",
        "      objectType = \"contact\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.privacyDeletion\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"conversation.newMessage\")");

    Compilation compilation = compile(app().withAuth("optionalScopes", "\"conversations.read\"").build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
