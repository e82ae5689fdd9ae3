package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookPropertyNameRuleTest {

  private static final String RULE = "HS-WEBHOOK-PROPERTY-NAME";

  @Test
  void propertyChangeWithoutPropertyNameIsAnErrorOnTheAnnotation() {
    JavaFileObject hooks =
        AppSource.webhookSubscription("object.propertyChange", "contact").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "subscription \"object.propertyChange\" needs the property it watches, e.g. propertyName = \"email\"",
        "@WebhookSubscription(");
  }

  @Test
  void classicPropertyChangeWithoutPropertyNameIsAnError() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(", "      subscriptionType = \"contact.propertyChange\")")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "subscription \"contact.propertyChange\" needs the property it watches",
        "@WebhookSubscription(");
  }

  @Test
  void propertyNameOnAnotherTypeIsAnErrorOnTheValue() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"contact.creation\",",
                "      propertyName = \"email\")")
            .build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks),
        hooks,
        RULE,
        "propertyName \"email\" only applies to *.propertyChange subscriptions, not to \"contact.creation\"",
        "\"email\"");
  }

  @Test
  void propertyChangeWithPropertyNamePasses() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.propertyChange\",",
                "      objectType = \"contact\",",
                "      propertyName = \"email\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"contact.propertyChange\",",
                "      propertyName = \"lastname\")")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks), RULE);
  }
}
