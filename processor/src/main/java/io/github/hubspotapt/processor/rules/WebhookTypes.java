package io.github.hubspotapt.processor.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * HubSpot's webhook subscription types (developer-platform docs, templates, and the Webhooks API's event types),
 * and the objects subscriptions can name, with the read scope each needs.
 */
final class WebhookTypes {

  static final Set<String> CRM_OBJECT_EVENTS = Set.of("creation", "deletion", "propertyChange", "merge", "restore",
      "associationChange");
  static final Set<String> HUB_EVENTS = Set.of("contact.privacyDeletion", "conversation.creation",
      "conversation.deletion", "conversation.newMessage", "conversation.privacyDeletion", "conversation.propertyChange");

  /** The objects the classic {@code <object>.<event>} types name, to their read scope; tickets use "tickets". */
  static final Map<String, String> LEGACY_OBJECT_SCOPES = Map.of(
      "contact", "crm.objects.contacts.read",
      "company", "crm.objects.companies.read",
      "deal", "crm.objects.deals.read",
      "ticket", "tickets",
      "product", "crm.objects.products.read",
      "line_item", "crm.objects.line_items.read");

  /**
   * The objects {@code object.*} subscriptions can name, lower-case singular as HubSpot's samples write them: the
   * generic-webhook objects of HubSpot's docs and its August 2024 changelog. To the read scope each needs, where
   * HubSpot's scope lists name one without doubt; "" where they do not, and no scope is then checked.
   */
  static final Map<String, String> OBJECT_SCOPES = objectScopes();

  private static final Pattern CUSTOM_OBJECT = Pattern.compile("p_[a-z0-9_]+|2-[0-9]+");

  static final Set<String> ALL = all();

  private WebhookTypes() {}

  private static Set<String> all() {
    Set<String> all = new TreeSet<>(HUB_EVENTS);
    CRM_OBJECT_EVENTS.forEach(event -> all.add("object." + event));
    for (String object : LEGACY_OBJECT_SCOPES.keySet()) {
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
    return LEGACY_OBJECT_SCOPES.containsKey(object) ? object : null;
  }

  static boolean isCustomObject(String objectType) {
    return CUSTOM_OBJECT.matcher(objectType).matches();
  }

  private static Map<String, String> objectScopes() {
    Map<String, String> scopes = new HashMap<>(LEGACY_OBJECT_SCOPES);
    scopes.put("appointment", "crm.objects.appointments.read");
    scopes.put("call", "crm.objects.calls.read");
    scopes.put("cart", "crm.objects.carts.read");
    scopes.put("commerce_payment", "crm.objects.commercepayments.read");
    scopes.put("communication", "");
    scopes.put("course", "crm.objects.courses.read");
    scopes.put("discount", "");
    scopes.put("email", "crm.objects.emails.read");
    scopes.put("fee", "");
    // HubSpot's docs name crm.objects.feedback_submission.read, its API specs crm.objects.feedback_submissions.read.
    scopes.put("feedback_submission", "");
    scopes.put("goal_target", "crm.objects.goals.read");
    scopes.put("invoice", "crm.objects.invoices.read");
    scopes.put("lead", "crm.objects.leads.read");
    scopes.put("listing", "crm.objects.listings.read");
    scopes.put("meeting_event", "crm.objects.meetings.read");
    scopes.put("note", "crm.objects.notes.read");
    scopes.put("order", "crm.objects.orders.read");
    scopes.put("partner_client", "crm.objects.partner-clients.read");
    scopes.put("postal_mail", "");
    scopes.put("quote", "crm.objects.quotes.read");
    scopes.put("quote_template", "");
    scopes.put("service", "crm.objects.services.read");
    scopes.put("subscription", "crm.objects.subscriptions.read");
    scopes.put("task", "crm.objects.tasks.read");
    scopes.put("tax", "");
    scopes.put("user", "crm.objects.users.read");
    return Map.copyOf(scopes);
  }
}
