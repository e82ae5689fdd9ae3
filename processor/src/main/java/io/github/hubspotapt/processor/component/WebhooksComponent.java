package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.WebhooksConfig.ACTIVE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.GROUPS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.MAX_CONCURRENT_REQUESTS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.MAX_CONCURRENT_REQUESTS_VARIABLE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.OBJECT_TYPE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.PROPERTY_NAME;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SETTINGS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SUBSCRIPTIONS;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.SUBSCRIPTION_TYPE;
import static io.github.hubspotapt.processor.declaration.WebhooksConfig.TARGET_URL;

import io.github.hubspotapt.processor.declaration.WebhooksConfig;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonArray;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @WebhookSettings} and the {@code @WebhookSubscription}s: HubSpot's one webhooks file per
 * app.
 *
 * <p>The subscriptions do not fit a component's shape, so they have their own reader here: they are
 * not a component of their own (HubSpot has one webhooks file, holding the settings and every
 * subscription), they sit on the handler methods of any class rather than on one type, and the
 * project keeps them in a list of their own, so that rules can check them even where no
 * {@code @WebhookSettings} is declared. For the same reason the webhooks are declared, and their
 * rules needed, when there are subscriptions and no settings.
 */
final class WebhooksComponent extends Component<WebhookSettings> {

  private static final String VALUE = "value";

  private static final AnnotationMembers SETTINGS_MEMBERS =
      members(WebhooksConfig.DECLARATION, MAX_CONCURRENT_REQUESTS_VARIABLE);
  private static final AnnotationMembers SUBSCRIPTION = members(WebhooksConfig.SUBSCRIPTION);

  /** The container javac makes of repeated {@code @WebhookSubscription}s. */
  private static final AnnotationMembers SUBSCRIPTION_CONTAINER =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".WebhookSubscriptions", VALUE);

  WebhooksComponent() {
    super(ComponentType.WEBHOOKS, SETTINGS_MEMBERS);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(SETTINGS_MEMBERS, SUBSCRIPTION, SUBSCRIPTION_CONTAINER);
  }

  @Override
  List<String> companions() {
    return List.of(SUBSCRIPTION.annotation(), SUBSCRIPTION_CONTAINER.annotation());
  }

  @Override
  WebhookSettings read(MirrorReader settings, TypeElement type, TypeReader reader) {
    return new WebhookSettings(
        settings.origin(),
        settings.string(UID),
        file(settings),
        settings.string(TARGET_URL.member()),
        settings.integer(MAX_CONCURRENT_REQUESTS.member()),
        settings.string(MAX_CONCURRENT_REQUESTS_VARIABLE),
        settings.isWritten(MAX_CONCURRENT_REQUESTS.member()));
  }

  /**
   * The subscriptions on {@code type}, then on its methods in declaration order; containers are
   * unpacked.
   */
  List<WebhookSubscription> subscriptions(TypeElement type, TypeReader reader) {
    List<Element> declaring = new ArrayList<>(List.of(type));
    declaring.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
    List<WebhookSubscription> subscriptions = new ArrayList<>();
    for (Element element : declaring) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String name = MirrorReader.nameOf(mirror);
        if (name.equals(SUBSCRIPTION.annotation())) {
          subscriptions.add(subscription(reader.read(element, mirror, SUBSCRIPTION)));
        } else if (name.equals(SUBSCRIPTION_CONTAINER.annotation())) {
          reader
              .read(element, mirror, SUBSCRIPTION_CONTAINER)
              .annotations(VALUE, SUBSCRIPTION)
              .forEach(each -> subscriptions.add(subscription(each)));
        }
      }
    }
    return subscriptions;
  }

  private static WebhookSubscription subscription(MirrorReader subscription) {
    return new WebhookSubscription(
        subscription.origin(),
        subscription.string(SUBSCRIPTION_TYPE.member()),
        subscription.string(OBJECT_TYPE.member()),
        subscription.string(PROPERTY_NAME.member()),
        subscription.bool(ACTIVE.member()));
  }

  /** The one webhooks file: its settings, and every subscription of the project in its group. */
  @Override
  JsonObject write(WebhookSettings webhooks, ConfigContext context) {
    JsonObject config = context.object();
    DeclaredConfig settings =
        new DeclaredConfig(config.putObject(SETTINGS)).string(TARGET_URL, webhooks.targetUrl());
    if (JsonObject.isSet(webhooks.maxConcurrentRequestsVariable())) {
      settings
          .json()
          .put(
              MAX_CONCURRENT_REQUESTS.key(),
              "${" + webhooks.maxConcurrentRequestsVariable().value() + "}");
    } else {
      settings.integer(MAX_CONCURRENT_REQUESTS, webhooks.maxConcurrentRequests());
    }
    JsonObject subscriptions = config.putObject(SUBSCRIPTIONS);
    for (String group : GROUPS) {
      JsonArray array = subscriptions.putArray(group);
      for (WebhookSubscription subscription : context.project().webhookSubscriptions()) {
        if (subscription.group().equals(group)) {
          subscription(new DeclaredConfig(array.addObject()), subscription);
        }
      }
    }
    return config;
  }

  private static void subscription(DeclaredConfig node, WebhookSubscription subscription) {
    node.string(SUBSCRIPTION_TYPE, subscription.subscriptionType())
        .string(OBJECT_TYPE, subscription.objectType())
        .string(PROPERTY_NAME, subscription.propertyName())
        .bool(ACTIVE, !Boolean.FALSE.equals(subscription.active().value()));
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.WEBHOOKS);
  }
}
