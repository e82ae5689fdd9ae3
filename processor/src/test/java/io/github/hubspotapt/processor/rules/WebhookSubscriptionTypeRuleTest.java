package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTypeRuleTest {

  private static final String RULE = "HS-WEBHOOK-SUBSCRIPTION-TYPE";
  private static final String NOT_A_TYPE = "\" is not a HubSpot webhook subscription type";

  @Test
  void misspelledTypeIsAnErrorOnTheValueWithTheNearestTypeSuggested() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(", "      subscriptionType = \"contact.creaton\")")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "subscriptionType \"contact.creaton"
            + NOT_A_TYPE
            + "; allowed: object.<event>,"
            + " <contact|company|deal|ticket|product|line_item>.<event> with event one of associationChange, creation,"
            + " deletion, merge, propertyChange, restore, contact.privacyDeletion, conversation.*"
            + " (did you mean contact.creation, WebhookSubscriptionType.CONTACT_CREATION?)",
        "\"contact.creaton\"");
  }

  @Test
  void productHasNoAssociationChangeSubscription() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"product.associationChange\")")
            .build();

    assertRejected(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp()
                .withAuth("optionalScopes", "\"crm.objects.products.read\"")
                .build(),
            hooks),
        hooks,
        RULE,
        "subscriptionType \"product.associationChange" + NOT_A_TYPE,
        "\"product.associationChange\"");
  }

  @Test
  void typeOnTheHandlerClassIsCheckedToo() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .annotatedWith(
                "@WebhookSubscription(",
                "    subscriptionType = \"object.create\",",
                "    objectType = \"contact\")")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "subscriptionType \"object.create" + NOT_A_TYPE,
        "\"object.create\"");
  }

  @Test
  void everyKindOfTypePasses() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"contact.creation\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.associationChange\",",
                "      objectType = \"contact\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"contact.privacyDeletion\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"conversation.newMessage\")")
            .build();

    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().withAuth("optionalScopes", "\"conversations.read\"").build(),
            hooks),
        RULE);
  }
}
