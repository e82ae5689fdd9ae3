package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.HubSpotProject;
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

  private static final String TARGET_URL = "targetUrl";
  private static final String MAX_CONCURRENT_REQUESTS = "maxConcurrentRequests";
  private static final String MAX_CONCURRENT_REQUESTS_VARIABLE = "maxConcurrentRequestsVariable";
  private static final String SUBSCRIPTION_TYPE = "subscriptionType";
  private static final String OBJECT_TYPE = "objectType";
  private static final String PROPERTY_NAME = "propertyName";
  private static final String ACTIVE = "active";
  private static final String VALUE = "value";

  private static final AnnotationMembers SETTINGS =
      members(
          "WebhookSettings", TARGET_URL, MAX_CONCURRENT_REQUESTS, MAX_CONCURRENT_REQUESTS_VARIABLE);
  private static final AnnotationMembers SUBSCRIPTION =
      AnnotationMembers.of(
          AnnotationNames.PACKAGE + ".WebhookSubscription",
          SUBSCRIPTION_TYPE,
          OBJECT_TYPE,
          PROPERTY_NAME,
          ACTIVE);

  /** The container javac makes of repeated {@code @WebhookSubscription}s. */
  private static final AnnotationMembers SUBSCRIPTIONS =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".WebhookSubscriptions", VALUE);

  WebhooksComponent() {
    super(ComponentType.WEBHOOKS, SETTINGS);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(SETTINGS, SUBSCRIPTION, SUBSCRIPTIONS);
  }

  @Override
  List<String> companions() {
    return List.of(SUBSCRIPTION.annotation(), SUBSCRIPTIONS.annotation());
  }

  @Override
  WebhookSettings read(MirrorReader settings, TypeElement type, TypeReader reader) {
    return new WebhookSettings(
        settings.origin(),
        settings.string(UID),
        file(settings),
        settings.string(TARGET_URL),
        settings.integer(MAX_CONCURRENT_REQUESTS),
        settings.string(MAX_CONCURRENT_REQUESTS_VARIABLE));
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
        } else if (name.equals(SUBSCRIPTIONS.annotation())) {
          reader
              .read(element, mirror, SUBSCRIPTIONS)
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
        subscription.string(SUBSCRIPTION_TYPE),
        subscription.string(OBJECT_TYPE),
        subscription.string(PROPERTY_NAME),
        subscription.bool(ACTIVE));
  }

  /** The one webhooks file: its settings, and every subscription of the project in its group. */
  @Override
  JsonObject write(WebhookSettings webhooks, ConfigContext context) {
    JsonObject config = context.object();
    JsonObject settings = config.putObject("settings");
    settings.put("targetUrl", webhooks.targetUrl().value());
    if (JsonObject.isSet(webhooks.maxConcurrentRequestsVariable())) {
      // HubSpot's CLI replaces a string that is exactly "${name}" with the variable's number.
      settings.put(
          "maxConcurrentRequests", "${" + webhooks.maxConcurrentRequestsVariable().value() + "}");
    } else {
      settings.put("maxConcurrentRequests", webhooks.maxConcurrentRequests().value());
    }
    JsonObject subscriptions = config.putObject("subscriptions");
    for (String group :
        List.of(
            WebhookSubscription.CRM_OBJECTS,
            WebhookSubscription.LEGACY_CRM_OBJECTS,
            WebhookSubscription.HUB_EVENTS)) {
      JsonArray array = subscriptions.putArray(group);
      context.project().webhookSubscriptions().stream()
          .filter(s -> s.group().equals(group))
          .forEach(s -> array.add(subscription(s, context)));
    }
    return config;
  }

  private static JsonObject subscription(WebhookSubscription subscription, ConfigContext context) {
    JsonObject node = context.object();
    node.put("subscriptionType", subscription.subscriptionType().value());
    node.putIfSet("objectType", subscription.objectType());
    node.putIfSet("propertyName", subscription.propertyName());
    node.put("active", !Boolean.FALSE.equals(subscription.active().value()));
    return node;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.WEBHOOKS);
  }

  @Override
  boolean declaredIn(Set<ComponentType> types, HubSpotProject project) {
    return super.declaredIn(types, project) || !project.webhookSubscriptions().isEmpty();
  }
}
