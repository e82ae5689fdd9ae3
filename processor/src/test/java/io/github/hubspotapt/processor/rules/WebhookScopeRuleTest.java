package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookScopeRuleTest {

  private static final String RULE = "HS-WEBHOOK-SCOPE";

  /** The subscription's lines and the start of the warning on it. */
  static Stream<Arguments> subscriptionsWithoutTheirScope() {
    return Stream.of(
        argumentSet(
            "dealSubscriptionWithoutTheDealsScopeIsAWarningOnTheAnnotation",
            new String[] {
              "  @WebhookSubscription(",
              "      subscriptionType = \"object.creation\",",
              "      objectType = \"deal\")"
            },
            "subscription \"object.creation\" on object type \"deal\" needs the scope crm.objects.deals.read, which"
                + " the app does not request; add \"crm.objects.deals.read\" to @Auth requiredScopes"),
        argumentSet(
            "quoteSubscriptionNeedsTheQuotesScope",
            new String[] {
              "  @WebhookSubscription(",
              "      subscriptionType = \"object.propertyChange\",",
              "      objectType = \"quote\",",
              "      propertyName = \"hs_status\")"
            },
            "subscription \"object.propertyChange\" on object type \"quote\" needs the scope crm.objects.quotes.read,"
                + " which the app does not request"),
        argumentSet(
            "classicTicketSubscriptionNeedsTheTicketsScope",
            new String[] {
              "  @WebhookSubscription(", "      subscriptionType = \"ticket.deletion\")"
            },
            "subscription \"ticket.deletion\" on object type \"ticket\" needs the scope tickets (or"
                + " crm.objects.tickets.read), which the app does not request; add \"tickets\" to @Auth"
                + " requiredScopes"),
        argumentSet(
            "genericTicketSubscriptionNamesBothTicketScopes",
            new String[] {
              "  @WebhookSubscription(",
              "      subscriptionType = \"object.creation\",",
              "      objectType = \"ticket\")"
            },
            "subscription \"object.creation\" on object type \"ticket\" needs the scope tickets (or"
                + " crm.objects.tickets.read),"),
        argumentSet(
            "conversationSubscriptionNeedsTheConversationsScope",
            new String[] {
              "  @WebhookSubscription(", "      subscriptionType = \"conversation.newMessage\")"
            },
            "subscription \"conversation.newMessage\" on conversations needs the scope conversations.read,"),
        argumentSet(
            "customObjectSubscriptionNeedsTheCustomObjectsScope",
            new String[] {
              "  @WebhookSubscription(",
              "      subscriptionType = \"object.creation\",",
              "      objectType = \"p_cars\")"
            },
            "subscription \"object.creation\" on object type \"p_cars\" needs the scope crm.objects.custom.read,"));
  }

  @ParameterizedTest
  @MethodSource("subscriptionsWithoutTheirScope")
  void subscriptionWithoutItsScopeIsAWarningOnTheAnnotation(String[] subscription, String message) {
    JavaFileObject hooks = AppSource.webhooks(subscription).build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    assertSucceededWithWarning(compilation, hooks, RULE, message, "@WebhookSubscription(");
  }

  /** HubSpot's scope lists name no read scope for fees: none is asked for. */
  @Test
  void objectWithoutAKnownReadScopeAsksForNone() {
    JavaFileObject hooks = AppSource.webhookSubscription("object.creation", "fee").build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks), RULE);
  }

  @Test
  void suppressWarningsOnTheHandlerSilencesTheWarning() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @SuppressWarnings(\"hubspot:HS-WEBHOOK-SCOPE\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.creation\",",
                "      objectType = \"deal\")")
            .build();

    assertThat(compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks))
        .succeededWithoutWarnings();
  }

  @Test
  void scopeRequestedInAnyListPasses() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.creation\",",
                "      objectType = \"deal\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"contact.creation\")")
            .build();

    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp()
                .withAuth("optionalScopes", "\"crm.objects.deals.read\"")
                .build(),
            hooks),
        RULE);
  }

  /**
   * The webhooks API asks for tickets; public projects subscribe to tickets holding the granular
   * crm.objects.tickets.read, which is accepted as well.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\"tickets\"", "\"crm.objects.tickets.read\""})
  void ticketSubscriptionPassesWithEitherTicketScope(String scope) {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"ticket.creation\")",
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.propertyChange\",",
                "      objectType = \"ticket\",",
                "      propertyName = \"hs_pipeline_stage\")")
            .build();

    assertPasses(
        compile(
            NO_FRONTEND, AppSource.timelineApp().withAuth("optionalScopes", scope).build(), hooks),
        RULE);
  }

  /**
   * Component-level permissions (2026.09): the webhooks component may ask for its objects' scopes
   * itself.
   */
  @Test
  void scopeInTheWebhooksComponentsPermissionsPasses() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.creation\",",
                "      objectType = \"deal\")")
            .with("permissions", "@Permissions(optionalScopes = \"crm.objects.deals.read\")")
            .build();

    assertPasses(
        compile(
            NO_FRONTEND,
            AppSource.timelineApp().with("platformVersion", "PlatformVersion.V2026_09").build(),
            hooks),
        RULE);
  }
}
