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

class WebhookScopeRuleTest {

  private static final String RULE = "HS-WEBHOOK-SCOPE";

  /** The subscription's lines and the start of the warning on it. */
  static Stream<Arguments> subscriptionsWithoutTheirScope() {
    return Stream.of(
        argumentSet("dealSubscriptionWithoutTheDealsScopeIsAWarningOnTheAnnotation",
            new String[] {
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.creation\",",
                "      objectType = \"deal\")"},
            "subscription \"object.creation\" needs the scope crm.objects.deals.read, which the app does not request;"
                + " add \"crm.objects.deals.read\" to @Auth requiredScopes"),
        argumentSet("quoteSubscriptionNeedsTheQuotesScope",
            new String[] {
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.propertyChange\",",
                "      objectType = \"quote\",",
                "      propertyName = \"hs_status\")"},
            "subscription \"object.propertyChange\" needs the scope crm.objects.quotes.read, which the app does not"
                + " request"),
        argumentSet("classicTicketSubscriptionNeedsTheTicketsScope",
            new String[] {
                "  @WebhookSubscription(",
                "      subscriptionType = \"ticket.deletion\")"},
            "subscription \"ticket.deletion\" needs the scope tickets,"),
        argumentSet("conversationSubscriptionNeedsTheConversationsScope",
            new String[] {
                "  @WebhookSubscription(",
                "      subscriptionType = \"conversation.newMessage\")"},
            "subscription \"conversation.newMessage\" needs the scope conversations.read,"),
        argumentSet("customObjectSubscriptionNeedsTheCustomObjectsScope",
            new String[] {
                "  @WebhookSubscription(",
                "      subscriptionType = \"object.creation\",",
                "      objectType = \"p_cars\")"},
            "subscription \"object.creation\" needs the scope crm.objects.custom.read,"));
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
    JavaFileObject hooks = AppSource.webhooks(
        "  @SuppressWarnings(\"hubspot:HS-WEBHOOK-SCOPE\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"deal\")").build();

    assertThat(compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks)).succeededWithoutWarnings();
  }

  @Test
  void scopeRequestedInAnyListPasses() {
    JavaFileObject hooks = AppSource.webhooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"deal\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\")").build();

    assertPasses(compile(NO_FRONTEND,
        AppSource.timelineApp().withAuth("optionalScopes", "\"crm.objects.deals.read\"").build(), hooks), RULE);
  }

  /** Component-level permissions (2026.09): the webhooks component may ask for its objects' scopes itself. */
  @Test
  void scopeInTheWebhooksComponentsPermissionsPasses() {
    JavaFileObject hooks = AppSource.webhooks(
            "  @WebhookSubscription(",
            "      subscriptionType = \"object.creation\",",
            "      objectType = \"deal\")")
        .with("permissions", "@Permissions(optionalScopes = \"crm.objects.deals.read\")").build();

    assertPasses(compile(NO_FRONTEND,
        AppSource.timelineApp().with("platformVersion", "PlatformVersion.V2026_09").build(), hooks), RULE);
  }
}
