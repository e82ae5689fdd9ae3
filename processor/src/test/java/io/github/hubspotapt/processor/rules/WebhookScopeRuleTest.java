package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.hooks;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class WebhookScopeRuleTest {

  private static final String RULE = "HS-WEBHOOK-SCOPE";

  @Test
  void dealSubscriptionWithoutTheDealsScopeIsAWarningOnTheAnnotation() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"deal\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeeded();
    assertWarning(compilation, hooks, RULE,
        "subscription \"object.creation\" needs the scope crm.objects.deals.read, which the app does not request;"
            + " add \"crm.objects.deals.read\" to @Auth requiredScopes",
        "@WebhookSubscription(");
  }

  @Test
  void quoteSubscriptionNeedsTheQuotesScope() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.propertyChange\",",
        "      objectType = \"quote\",",
        "      propertyName = \"hs_status\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeeded();
    assertWarning(compilation, hooks, RULE, "subscription \"object.propertyChange\" needs the scope"
        + " crm.objects.quotes.read, which the app does not request", "@WebhookSubscription(");
  }

  /** HubSpot's scope lists name no read scope for fees: none is asked for. */
  @Test
  void objectWithoutAKnownReadScopeAsksForNone() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"fee\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void classicTicketSubscriptionNeedsTheTicketsScope() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"ticket.deletion\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeeded();
    assertWarning(compilation, hooks, RULE, "subscription \"ticket.deletion\" needs the scope tickets,",
        "@WebhookSubscription(");
  }

  @Test
  void conversationSubscriptionNeedsTheConversationsScope() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"conversation.newMessage\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeeded();
    assertWarning(compilation, hooks, RULE, "subscription \"conversation.newMessage\" needs the scope conversations.read,",
        "@WebhookSubscription(");
  }

  @Test
  void customObjectSubscriptionNeedsTheCustomObjectsScope() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"p_cars\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeeded();
    assertWarning(compilation, hooks, RULE, "subscription \"object.creation\" needs the scope crm.objects.custom.read,",
        "@WebhookSubscription(");
  }

  @Test
  void suppressWarningsOnTheHandlerSilencesTheWarning() {
    JavaFileObject hooks = hooks(
        "  @SuppressWarnings(\"hubspot:HS-WEBHOOK-SCOPE\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"deal\")");

    Compilation compilation = compile(app().build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void scopeRequestedInAnyListPasses() {
    JavaFileObject hooks = hooks(
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.creation\",",
        "      objectType = \"deal\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"contact.creation\")");

    Compilation compilation = compile(app().withAuth("optionalScopes", "\"crm.objects.deals.read\"").build(), hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
