package io.github.hubspotapt.processor.vocabulary;

import io.github.hubspotapt.processor.vocabulary.CrmObject.Listing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * HubSpot's webhook subscription types (developer-platform docs, templates, and the Webhooks API's
 * event types), the objects subscriptions can name, and the scope each subscription needs.
 */
public final class WebhookSubscriptionTypes {

  private static final String CONVERSATION_EVENTS = "conversation.";
  private static final String OBJECT_EVENTS = "object.";
  private static final String PRIVACY_DELETION = "contact.privacyDeletion";

  public static final Set<String> CRM_OBJECT_EVENTS =
      Set.of("creation", "deletion", "propertyChange", "merge", "restore", "associationChange");
  public static final Set<String> HUB_EVENTS =
      Set.of(
          PRIVACY_DELETION,
          "conversation.creation",
          "conversation.deletion",
          "conversation.newMessage",
          "conversation.privacyDeletion",
          "conversation.propertyChange");

  /**
   * The objects the classic {@code <object>.<event>} types name, lower-case singular, in
   * declaration order.
   */
  public static final List<String> LEGACY_OBJECTS =
      singulars(CrmObject.listedFor(Listing.CLASSIC_WEBHOOKS));

  /**
   * The objects {@code object.*} subscriptions can name, lower-case singular as HubSpot's samples
   * write them.
   */
  private static final Map<String, CrmObject> OBJECTS =
      bySingular(CrmObject.listedFor(Listing.GENERIC_WEBHOOKS));

  public static final Set<String> ALL = all();

  private WebhookSubscriptionTypes() {}

  /**
   * An {@code object.*} type: HubSpot's generic webhooks, which name their object in objectType.
   */
  public static boolean isObjectEvent(String subscriptionType) {
    return subscriptionType.startsWith(OBJECT_EVENTS);
  }

  /** A privacy deletion or a conversation event: the classic types that name no CRM object. */
  public static boolean isHubEvent(String subscriptionType) {
    return subscriptionType.equals(PRIVACY_DELETION)
        || subscriptionType.startsWith(CONVERSATION_EVENTS);
  }

  /** The names {@code object.*} subscriptions can give as objectType, besides custom objects. */
  public static Set<String> objects() {
    return OBJECTS.keySet();
  }

  /**
   * {@code contact} for {@code contact.creation}; null for {@code object.*} and conversation
   * events.
   */
  public static String legacyObject(String subscriptionType) {
    int dot = subscriptionType.indexOf('.');
    String object = dot < 0 ? "" : subscriptionType.substring(0, dot);
    return LEGACY_OBJECTS.contains(object) ? object : null;
  }

  /**
   * The scopes of which a subscription needs one, else HubSpot delivers nothing: {@code
   * conversations.read} for conversation events, the read scope of the object otherwise (the first
   * scope is the one to add). Empty when none is known or a value is unreadable (null).
   */
  public static List<String> requiredScopes(String subscriptionType, String objectType) {
    if (subscriptionType == null) {
      return List.of();
    }
    if (subscriptionType.startsWith(CONVERSATION_EVENTS)) {
      return List.of(OAuthScopes.CONVERSATIONS_READ);
    }
    if (isObjectEvent(subscriptionType)) {
      if (objectType == null) {
        return List.of();
      }
      if (ObjectTypeSyntax.isWebhookCustomObject(objectType)) {
        return List.of(OAuthScopes.CUSTOM_OBJECTS_READ);
      }
      CrmObject object = OBJECTS.get(objectType);
      return object == null ? List.of() : object.webhookReadScopes();
    }
    // Every object of the classic types is one of the object.* objects too.
    String object = legacyObject(subscriptionType);
    return object == null ? List.of() : OBJECTS.get(object).webhookReadScopes();
  }

  private static Set<String> all() {
    Set<String> all = new TreeSet<>(HUB_EVENTS);
    for (String event : CRM_OBJECT_EVENTS) {
      all.add(OBJECT_EVENTS + event);
    }
    for (String object : LEGACY_OBJECTS) {
      for (String event : CRM_OBJECT_EVENTS) {
        // The Webhooks API has no product.associationChange.
        if (!(object.equals("product") && event.equals("associationChange"))) {
          all.add(object + "." + event);
        }
      }
    }
    return Set.copyOf(all);
  }

  private static List<String> singulars(List<CrmObject> objects) {
    List<String> singulars = new ArrayList<>();
    for (CrmObject object : objects) {
      singulars.add(object.singular());
    }
    return List.copyOf(singulars);
  }

  private static Map<String, CrmObject> bySingular(List<CrmObject> objects) {
    Map<String, CrmObject> bySingular = new HashMap<>();
    for (CrmObject object : objects) {
      bySingular.put(object.singular(), object);
    }
    return Map.copyOf(bySingular);
  }
}
