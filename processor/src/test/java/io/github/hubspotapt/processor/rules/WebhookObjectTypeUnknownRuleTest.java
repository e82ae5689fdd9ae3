package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class WebhookObjectTypeUnknownRuleTest {

  private static final String RULE = "HS-WEBHOOK-OBJECT-TYPE-UNKNOWN";
  private static final String LISTED =
      " is not one of the objects HubSpot's webhook docs list (appointment, call, cart,"
          + " commerce_payment, communication, company, contact, course, deal, discount, email, fee, feedback_submission,"
          + " goal_target, invoice, lead, line_item, listing, meeting_event, note, order, partner_client, postal_mail,"
          + " product, quote, quote_template, service, subscription, task, tax, ticket, user, or a custom object p_<name>"
          + " or 2-<id>); the list may be incomplete, but HubSpot may reject it";

  @Test
  void pluralObjectIsAWarningOnTheValueWithTheSingularSuggested() {
    JavaFileObject hooks = AppSource.webhookSubscription("object.creation", "contacts").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    assertSucceededWithWarning(
        compilation,
        hooks,
        RULE,
        "objectType \"contacts\"" + LISTED + " (did you mean contact?)",
        "\"contacts\"");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .generatedFile(
            StandardLocation.SOURCE_OUTPUT, "hubspot-project/src/app/webhooks/webhooks-hsmeta.json")
        .contentsAsUtf8String()
        .contains("\"objectType\": \"contacts\"");
  }

  /**
   * javac wraps repeated {@code @WebhookSubscription}s in a container its Messager cannot match to
   * the source, and put this warning on the method name (found by the third fuzzing campaign, D5).
   */
  @Test
  void aWarningOnTheSecondOfTwoSubscriptionsOnOneMethodIsOnItsValue() {
    JavaFileObject hooks = twoSubscriptions().build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks);

    assertSucceededWithWarning(
        compilation,
        hooks,
        RULE,
        "objectType \"contacts\"" + LISTED + " (did you mean contact?)",
        "\"contacts\"");
    assertThat(compilation).hadWarningCount(1);
  }

  /** The method's {@code @SuppressWarnings} still silences the warning placed in the repeat. */
  @Test
  void aWarningInARepeatedSubscriptionIsSuppressedOnItsMethod() {
    JavaFileObject hooks =
        AppSource.webhooks(
                "  @SuppressWarnings(\"hubspot:" + RULE + "\")",
                "  @WebhookSubscription(subscriptionType = \"object.creation\", objectType = \"contact\")",
                "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contacts\")")
            .build();

    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), hooks), RULE);
  }

  private static AppSource twoSubscriptions() {
    return AppSource.webhooks(
        "  @WebhookSubscription(subscriptionType = \"object.creation\", objectType = \"contact\")",
        "  @WebhookSubscription(",
        "      subscriptionType = \"object.deletion\",",
        "      objectType = \"contacts\")");
  }

  @Test
  void upperCaseSpellingIsAWarningWithTheSamplesSpellingSuggested() {
    JavaFileObject hooks = AppSource.webhookSubscription("object.deletion", "QUOTE").build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.timelineApp()
                .withAuth("optionalScopes", "\"crm.objects.quotes.read\"")
                .build(),
            hooks);

    assertSucceededWithWarning(
        compilation,
        hooks,
        RULE,
        "objectType \"QUOTE\"" + LISTED + " (did you mean quote?)",
        "\"QUOTE\"");
  }

  /**
   * The objects of HubSpot's generic-webhook docs beyond the classic six compile without any
   * warning.
   */
  @Test
  void documentedGenericWebhookObjectsPass() {
    String[] objects = {
      "quote",
      "lead",
      "call",
      "task",
      "meeting_event",
      "note",
      "email",
      "invoice",
      "order",
      "communication",
      "postal_mail",
      "user"
    };
    String[] lines = new String[objects.length * 3];
    for (int i = 0; i < objects.length; i++) {
      lines[3 * i] = "  @WebhookSubscription(";
      lines[3 * i + 1] = "      subscriptionType = \"object.creation\",";
      lines[3 * i + 2] = "      objectType = \"" + objects[i] + "\")";
    }
    JavaFileObject app =
        AppSource.timelineApp()
            .withAuth(
                "optionalScopes",
                "{\"crm.objects.quotes.read\","
                    + " \"crm.objects.leads.read\", \"crm.objects.calls.read\", \"crm.objects.tasks.read\","
                    + " \"crm.objects.meetings.read\", \"crm.objects.notes.read\", \"crm.objects.emails.read\", \"crm.objects.invoices.read\","
                    + " \"crm.objects.orders.read\", \"crm.objects.users.read\"}")
            .build();

    Compilation compilation = compile(NO_FRONTEND, app, AppSource.webhooks(lines).build());

    assertPasses(compilation, RULE);
    assertNoDiagnostic(compilation, "HS-WEBHOOK-OBJECT-TYPE");
  }
}
