package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.WebhookSubscriptionType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code webhooks}: a class with {@code @WebhookSettings} and one handler method per subscription,
 * each with its {@code @WebhookSubscription}. The processor files each subscription into {@code
 * crmObjects}, {@code legacyCrmObjects} or {@code hubEvents} by its type, so the group it was in is
 * not written down. A {@code maxConcurrentRequests} of {@code "${NAME}"} is the profile variable of
 * {@code maxConcurrentRequestsVariable}.
 */
final class WebhooksImporter implements ComponentImporter {

  private static final List<String> GROUPS = List.of("crmObjects", "legacyCrmObjects", "hubEvents");

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation settings =
        ComponentAnnotation.of("WebhookSettings", file, "webhooks", context.vocabulary());
    Optional<JsonFields> fields = config.object("settings");
    settings.string("targetUrl", fields.map(s -> s.string("targetUrl")).orElse(null));
    fields.ifPresent(
        s ->
            s.variable("maxConcurrentRequests")
                .ifPresentOrElse(
                    variable -> settings.string("maxConcurrentRequestsVariable", variable),
                    () ->
                        settings.integer(
                            "maxConcurrentRequests", s.integer("maxConcurrentRequests"), 10)));
    TypeSpec.Builder type =
        FeatureClass.builder(
            context.newType(JavaNames.typeName(file.uid(), "Webhooks")),
            file.path(),
            List.of(settings.build()));
    Set<String> methods = new HashSet<>();
    config
        .object("subscriptions")
        .ifPresent(
            subscriptions -> {
              for (String group : GROUPS) {
                subscriptions
                    .objects(group)
                    .forEach(
                        subscription ->
                            type.addMethod(handler(subscription, methods, context.vocabulary())));
              }
            });
    context.add(type.build());
  }

  private static MethodSpec handler(
      JsonFields subscription, Set<String> taken, Vocabulary vocabulary) {
    String subscriptionType = subscription.string("subscriptionType");
    String objectType = subscription.nonEmptyString("objectType");
    String propertyName = subscription.nonEmptyString("propertyName");
    Annotation annotation =
        Annotation.of("WebhookSubscription")
            .word("subscriptionType", subscriptionType, WebhookSubscriptionType.class, vocabulary)
            .string("objectType", objectType, "")
            .string("propertyName", propertyName, "")
            .bool("active", subscription.bool("active"), true);
    String base =
        JavaNames.memberName(
            "on "
                + (objectType == null ? "" : objectType + " ")
                + (subscriptionType == null ? "event" : subscriptionType.replace("object.", ""))
                + (propertyName == null ? "" : " " + propertyName));
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(annotation.build())
        .addComment("HubSpot posts this subscription's events to the targetUrl of @WebhookSettings")
        .build();
  }
}
