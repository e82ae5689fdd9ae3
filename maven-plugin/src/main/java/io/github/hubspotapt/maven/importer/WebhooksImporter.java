package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.WebhooksConfig.GROUPS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.MAX_CONCURRENT_REQUESTS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.MAX_CONCURRENT_REQUESTS_VARIABLE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.OBJECT_TYPE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.PROPERTY_NAME;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SETTINGS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SUBSCRIPTION;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SUBSCRIPTIONS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SUBSCRIPTION_TYPE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.TARGET_URL;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.declaration.WebhooksConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code webhooks}: a class with {@code @WebhookSettings} and one handler method per subscription,
 * each with its {@code @WebhookSubscription}, both written back by {@link WebhooksConfig}. Code
 * rather than declaration: the handler methods and their names, the subscriptions' groups (the
 * processor files each subscription into one by its type, so the group it was in is not written
 * down), and a {@code maxConcurrentRequests} of {@code "${NAME}"}, the profile variable of {@code
 * maxConcurrentRequestsVariable}.
 */
final class WebhooksImporter implements ComponentImporter {

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    DeclaredMembers members = DeclaredMembers.of(WebhooksConfig.DECLARATION, file, context);
    Annotation settings = members.annotation();
    Optional<JsonFields> fields = config.object(SETTINGS);
    fields.ifPresentOrElse(
        s -> {
          members.in(s).add(TARGET_URL);
          s.variable(MAX_CONCURRENT_REQUESTS.key())
              .ifPresentOrElse(
                  variable -> settings.string(MAX_CONCURRENT_REQUESTS_VARIABLE, variable),
                  () -> members.in(s).add(MAX_CONCURRENT_REQUESTS));
        },
        () -> settings.string(TARGET_URL.member(), null));
    TypeSpec.Builder type =
        FeatureClass.builder(
            context.newType(JavaNames.typeName(file.uid(), "Webhooks")),
            file.path(),
            List.of(settings.build()));
    Set<String> methods = new HashSet<>();
    config
        .object(SUBSCRIPTIONS)
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
      JsonFields subscription, Set<String> taken, VocabularyConstants vocabulary) {
    String subscriptionType = subscription.peekString(SUBSCRIPTION_TYPE.key());
    String objectType = nonEmpty(subscription.peekString(OBJECT_TYPE.key()));
    String propertyName = nonEmpty(subscription.peekString(PROPERTY_NAME.key()));
    Annotation annotation =
        DeclaredMembers.nested(SUBSCRIPTION, subscription, vocabulary).all().annotation();
    String base =
        JavaNames.memberName(
            "on "
                + (objectType == null ? "" : objectType + " ")
                + (subscriptionType == null ? "event" : subscriptionType.replace("object.", ""))
                + (propertyName == null ? "" : " " + propertyName));
    return MethodSpec.methodBuilder(JavaNames.free(base, "", taken))
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(annotation.build())
        .addComment("HubSpot posts this subscription's events to the targetUrl of @WebhookSettings")
        .build();
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
