package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookObjectTypeRuleTest {

  private static final String RULE = "HS-WEBHOOK-OBJECT-TYPE";

  @Test
  void objectSubscriptionWithoutObjectTypeIsAnErrorOnTheAnnotation() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(", "      subscriptionType = \"object.creation\")")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "subscription \"object.creation\" needs an objectType, e.g. objectType = \"contact\"",
        "@WebhookSubscription(");
  }

  @Test
  void objectTypeWithASpaceIsAnErrorOnTheValueWithTheNearestObjectSuggested() {
    JavaFileObject hooks = AppSource.webhookSubscription("object.creation", "line item").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "objectType \"line item\" is not an object type name: expected letters, digits and '_', e.g. contact, deal,"
            + " line_item, or a custom object p_<name> (did you mean line_item?)",
        "\"line item\"");
  }

  @Test
  void objectTypeOnAClassicSubscriptionIsAnErrorOnTheValue() {
    JavaFileObject hooks = AppSource.webhookSubscription("contact.creation", "contact").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "subscription \"contact.creation\" names its object in the type; remove objectType \"contact\","
            + " or use object.creation",
        "\"contact\")");
  }

  @Test
  void objectTypeOnAHubEventIsAnError() {
    JavaFileObject hooks =
        AppSource.webhookSubscription("conversation.creation", "contact").build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().withAuth("optionalScopes", "\"conversations.read\"").build(),
            hooks);

    assertRejected(
        compilation,
        hooks,
        RULE,
        "subscription \"conversation.creation\" applies to no CRM object; remove objectType \"contact\"",
        "\"contact\")");
  }

  @Test
  void standardAndCustomObjectTypesPass() {
    JavaFileObject hooks =
        AppSource.webhooks(
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
                "      subscriptionType = \"contact.deletion\")")
            .build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.timelineApp()
                .withAuth("optionalScopes", "\"crm.objects.custom.read\"")
                .build(),
            hooks);

    assertPasses(compilation, RULE);
  }

  @Test
  void aHubEventIsNotOfferedAnObjectSubscriptionThatDoesNotExist() {
    JavaFileObject hooks =
        AppSource.webhookSubscription("contact.privacyDeletion", "contact").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    assertError(
        compilation,
        hooks,
        RULE,
        "subscription \"contact.privacyDeletion\" applies to no CRM object; remove objectType \"contact\"",
        "\"contact\")");
    assertThat(compilation.errors().get(0).getMessage(java.util.Locale.ROOT))
        .doesNotContain("object.privacyDeletion");
  }
}
