package io.github.hubspotapt.processor.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * HubSpot's webhook subscription types (developer-platform docs, templates, and the Webhooks API's event types),
 * and the objects {@code object.*} subscriptions can name, with the read scope each needs.
 */
final class WebhookTypes {

  static final Set<String> CRM_OBJECT_EVENTS = Set.of("creation", "deletion", "propertyChange", "merge", "restore",
      "associationChange");
  static final Set<String> HUB_EVENTS = Set.of("contact.privacyDeletion", "conversation.creation",
      "conversation.deletion", "conversation.newMessage", "conversation.privacyDeletion", "conversation.propertyChange");

  /** Object names of subscriptions to their read scope; tickets use the legacy "tickets" scope. */
  static final Map<String, String> OBJECT_SCOPES = Map.of(
      "contact", "crm.objects.contacts.read",
      "company", "crm.objects.companies.read",
      "deal", "crm.objects.deals.read",
      "ticket", "tickets",
      "product", "crm.objects.products.read",
      "line_item", "crm.objects.line_items.read");

  static final Set<String> ALL = all();

  private WebhookTypes() {}

  private static Set<String> all() {
    Set<String> all = new TreeSet<>(HUB_EVENTS);
    CRM_OBJECT_EVENTS.forEach(event -> all.add("object." + event));
    for (String object : OBJECT_SCOPES.keySet()) {
      for (String event : CRM_OBJECT_EVENTS) {
        // The Webhooks API has no product.associationChange.
        if (!(object.equals("product") && event.equals("associationChange"))) {
          all.add(object + "." + event);
        }
      }
    }
    return Set.copyOf(all);
  }

  /** {@code contact} for {@code contact.creation}; null for {@code object.*} and conversation events. */
  static String legacyObject(String subscriptionType) {
    int dot = subscriptionType.indexOf('.');
    String object = dot < 0 ? "" : subscriptionType.substring(0, dot);
    return OBJECT_SCOPES.containsKey(object) ? object : null;
  }

  static boolean isCustomObject(String objectType) {
    return objectType.matches("p_[a-z0-9_]+|2-[0-9]+");
  }
}
