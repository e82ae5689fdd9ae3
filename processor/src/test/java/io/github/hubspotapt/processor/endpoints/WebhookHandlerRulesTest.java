package io.github.hubspotapt.processor.endpoints;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compileServed;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * HS-WEBHOOK-PARAMETER, HS-WEBHOOK-HANDLER and HS-WEBHOOK-UNHANDLED, with hubspot-apt-runtime on
 * the class path.
 */
class WebhookHandlerRulesTest {

  private static JavaFileObject hooks(String... body) {
    String[] lines = new String[body.length + 10];
    lines[0] = "package test;";
    lines[1] = "";
    lines[2] = "import io.github.hubspotapt.*;";
    lines[3] = "import io.github.hubspotapt.runtime.webhook.WebhookEvent;";
    lines[4] = "import java.time.Instant;";
    lines[5] = "";
    lines[6] =
        "@WebhookSettings(targetUrl = \"https://example.com/hubspot/webhooks\", maxConcurrentRequests = 10)";
    lines[7] = "public class Hooks {";
    System.arraycopy(body, 0, lines, 8, body.length);
    lines[body.length + 8] = "}";
    lines[body.length + 9] = "";
    return JavaFileObjects.forSourceLines("test.Hooks", lines);
  }

  private static Compilation served(JavaFileObject hooks) {
    return compileServed(NO_FRONTEND, AppSource.valid().build(), hooks);
  }

  @Test
  void aParameterNamedNoneOfTheEventsValuesIsAnErrorOnTheParameter() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public void onDeleted(long contactId) {}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-PARAMETER",
        "parameter contactId of onDeleted is bound to" + " nothing",
        "contactId");
    assertThat(served(hooks))
        .hadErrorContaining(
            ": a webhook handler's parameter is the event (type WebhookEvent)"
                + " or one of its values by HubSpot's name (eventId, subscriptionId, portalId, appId, objectId,");
  }

  @Test
  void aParameterNameCloseToAValueIsSuggested() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public void onDeleted(long objectID) {}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-PARAMETER",
        "parameter objectID of onDeleted is bound to nothing (did you mean objectId?)",
        "objectID");
  }

  @Test
  void aValueOfAnotherTypeIsAnErrorNamingTheTypesItBindsTo() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public void onDeleted(String objectId) {}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-PARAMETER",
        "parameter objectId of onDeleted has type"
            + " java.lang.String, but the event's objectId binds to long or java.lang.Long (nearest: long)",
        "objectId");
  }

  @Test
  void aMethodThatIsNotPublicIsAnErrorOnTheMethod() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  void onDeleted(long objectId) {}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-HANDLER",
        "the webhook handler method onDeleted is not public",
        "onDeleted");
  }

  @Test
  void aStaticMethodIsAnError() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public static void onDeleted(long objectId) {}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-HANDLER",
        "the webhook handler method onDeleted is static",
        "onDeleted");
  }

  @Test
  void anOverloadedMethodIsAnError() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public void onDeleted(long objectId) {}",
            "  public void onDeleted(String reason) {}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-HANDLER",
        "the webhook handler method onDeleted is overloaded",
        "onDeleted(long");
  }

  @Test
  void aHandlerClassThatIsNotPublicIsAnErrorOnTheClass() {
    JavaFileObject hooks =
        JavaFileObjects.forSourceLines(
            "test.Hooks",
            "package test;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@WebhookSettings(targetUrl = \"https://example.com/hubspot/webhooks\", maxConcurrentRequests = 10)",
            "class Hooks {",
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  public void onDeleted(long objectId) {}",
            "}");

    assertFailedWith(
        served(hooks),
        hooks,
        "HS-WEBHOOK-HANDLER",
        "the webhook handler class test.Hooks cannot be"
            + " called by the generated endpoint: Hooks is not public",
        "class Hooks {");
  }

  @Test
  void aSubscriptionOnTheClassIsAWarningThatNothingHandlesIt() {
    JavaFileObject hooks =
        JavaFileObjects.forSourceLines(
            "test.Hooks",
            "package test;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@WebhookSettings(targetUrl = \"https://example.com/hubspot/webhooks\", maxConcurrentRequests = 10)",
            "@WebhookSubscription(subscriptionType = \"object.creation\", objectType = \"contact\")",
            "public class Hooks {}");

    assertSucceededWithWarning(
        served(hooks),
        hooks,
        "HS-WEBHOOK-UNHANDLED",
        "the subscription object.creation is"
            + " declared on the class Hooks, so no method handles its events",
        "@WebhookSubscription");
  }

  @Test
  void everyValueBindsByItsNameAndTheEventByItsType() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"contact\",",
            "      propertyName = \"email\")",
            "  public void onChange(WebhookEvent event, long objectId, Instant occurredAt, String propertyValue,",
            "      Long portalId, int attemptNumber, boolean isSensitive, Long newObjectId,",
            "      java.util.List<Long> mergedObjectIds) {}");

    Compilation compilation = served(hooks);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.Hooks_WebhookRoutes")
        .contentsAsUtf8String()
        .contains(
            "handler.onChange(event, event.objectId(), event.occurredAt(), event.propertyValue(),"
                + " event.portalId(), event.attemptNumber(), event.isSensitive(), event.newObjectId(),"
                + " event.mergedObjectIds())");
  }

  @Test
  void withoutTheRuntimeNothingIsGeneratedAndHandlersAreNotChecked() {
    JavaFileObject hooks =
        JavaFileObjects.forSourceLines(
            "test.Hooks",
            "package test;",
            "",
            "import io.github.hubspotapt.*;",
            "",
            "@WebhookSettings(targetUrl = \"https://example.com/hubspot/webhooks\", maxConcurrentRequests = 10)",
            "class Hooks {",
            "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
            "  void onDeleted(long contactId) {}",
            "}");

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), hooks);

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, "HS-WEBHOOK-PARAMETER");
    assertNoDiagnostic(compilation, "HS-WEBHOOK-HANDLER");
    assertTrue(
        compilation.generatedSourceFiles().stream()
            .map(JavaFileObject::getName)
            .noneMatch(
                name ->
                    name.endsWith("Hooks_WebhookRoutes.java")
                        || name.endsWith("TestAppEndpoints.java")));
  }

  @Test
  void anObjectTypeWithoutAKnownIdIsAnErrorOnTheObjectType() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.creation\", objectType = \"quote_template\")",
            "  public void onTemplate(long objectId) {}",
            "  @WebhookSubscription(subscriptionType = \"object.creation\", objectType = \"p_my_obj\")",
            "  public void onCustom(long objectId) {}",
            "  @WebhookSubscription(subscriptionType = \"object.creation\", objectType = \"2-1234\")",
            "  public void onById(long objectId) {}");

    Compilation compilation = served(hooks);
    assertFailedWith(
        compilation,
        hooks,
        "HS-WEBHOOK-ROUTE",
        "objectType \"quote_template\" has no object type id the generated route knows",
        "\"quote_template\"");
    assertFailedWith(
        compilation,
        hooks,
        "HS-WEBHOOK-ROUTE",
        "objectType \"p_my_obj\" has no object type id the generated route knows",
        "\"p_my_obj\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aProfileVariableInAMatchedValueIsAnErrorOnTheValue() {
    JavaFileObject hooks =
        hooks(
            "  @WebhookSubscription(subscriptionType = \"object.propertyChange\", objectType = \"deal\",",
            "      propertyName = \"${PROP}\")",
            "  public void onAmount(long objectId) {}");
    Compilation compilation =
        compileServed(
            NO_FRONTEND,
            AppSource.valid()
                .annotatedWith(
                    "@Profile(name = \"prod\", accountId = 1, variables = @Variable(name = \"PROP\","
                        + " value = \"amount\"))")
                .build(),
            hooks);

    assertFailedWith(
        compilation,
        hooks,
        "HS-WEBHOOK-ROUTE",
        "propertyName \"${PROP}\" holds a profile variable, which HubSpot substitutes in the"
            + " subscription while the generated route matches events by the text as written",
        "\"${PROP}\"");
  }
}
