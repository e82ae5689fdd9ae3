package io.github.hubspotapt.processor.vocabulary;

import static io.github.hubspotapt.processor.vocabulary.CrmObject.Listing.ASSOCIATIONS;
import static io.github.hubspotapt.processor.vocabulary.CrmObject.Listing.CARDS;
import static io.github.hubspotapt.processor.vocabulary.CrmObject.Listing.CLASSIC_WEBHOOKS;
import static io.github.hubspotapt.processor.vocabulary.CrmObject.Listing.GENERIC_WEBHOOKS;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HubSpot's standard CRM objects, each with its spellings, the read scope an app needs to see it,
 * and where HubSpot's docs list it. The singular is how webhook subscriptions write it ({@code
 * line_item}); its upper case is how associations and workflow actions write it ({@code
 * LINE_ITEM}); the plural is how scope names spell it ({@code crm.objects.line_items.read}) and how
 * card templates write it. Declared in the order messages list the card objects.
 */
public enum CrmObject {
  CONTACT(
      "contact",
      "contacts",
      "crm.objects.contacts.read",
      "0-1",
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  COMPANY(
      "company",
      "companies",
      "crm.objects.companies.read",
      "0-2",
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  DEAL(
      "deal",
      "deals",
      "crm.objects.deals.read",
      "0-3",
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  /**
   * Tickets are read with the legacy scope {@code tickets}, which HubSpot's webhooks API asks for;
   * public projects subscribe to tickets holding the granular {@code crm.objects.tickets.read}
   * instead.
   */
  TICKET(
      "ticket",
      "tickets",
      "tickets",
      "0-5",
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS) {
    @Override
    public List<String> webhookReadScopes() {
      return List.of(readScope(), "crm.objects.tickets.read");
    }
  },
  APPOINTMENT(
      "appointment",
      "appointments",
      "crm.objects.appointments.read",
      "0-421",
      CARDS,
      GENERIC_WEBHOOKS),
  COURSE("course", "courses", "crm.objects.courses.read", "0-410", CARDS, GENERIC_WEBHOOKS),
  LISTING("listing", "listings", "crm.objects.listings.read", "0-420", CARDS, GENERIC_WEBHOOKS),
  SERVICE("service", "services", "crm.objects.services.read", "0-162", CARDS, GENERIC_WEBHOOKS),
  PRODUCT(
      "product",
      "products",
      "crm.objects.products.read",
      "0-7",
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  LINE_ITEM(
      "line_item",
      "line_items",
      "crm.objects.line_items.read",
      "0-8",
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  CALL("call", "calls", "crm.objects.calls.read", "0-48", GENERIC_WEBHOOKS, ASSOCIATIONS),
  CART("cart", "carts", "crm.objects.carts.read", "0-142", GENERIC_WEBHOOKS),
  COMMERCE_PAYMENT(
      "commerce_payment",
      "commerce_payments",
      "crm.objects.commercepayments.read",
      "0-101",
      GENERIC_WEBHOOKS),
  COMMUNICATION("communication", "communications", null, "0-18", GENERIC_WEBHOOKS),
  DISCOUNT("discount", "discounts", null, "0-84", GENERIC_WEBHOOKS),
  EMAIL("email", "emails", "crm.objects.emails.read", "0-49", GENERIC_WEBHOOKS, ASSOCIATIONS),
  FEE("fee", "fees", null, "0-85", GENERIC_WEBHOOKS),
  /**
   * HubSpot's docs name crm.objects.feedback_submission.read, its API specs
   * crm.objects.feedback_submissions.read.
   */
  FEEDBACK_SUBMISSION(
      "feedback_submission", "feedback_submissions", null, "0-19", GENERIC_WEBHOOKS),
  GOAL_TARGET("goal_target", "goal_targets", "crm.objects.goals.read", "0-74", GENERIC_WEBHOOKS),
  INVOICE("invoice", "invoices", "crm.objects.invoices.read", "0-53", GENERIC_WEBHOOKS),
  LEAD("lead", "leads", "crm.objects.leads.read", "0-136", GENERIC_WEBHOOKS),
  /** Meetings as webhook subscriptions name them; associations call them {@link #MEETING}. */
  MEETING_EVENT(
      "meeting_event", "meeting_events", "crm.objects.meetings.read", "0-47", GENERIC_WEBHOOKS),
  /** Meetings as associations name them; webhook subscriptions call them {@link #MEETING_EVENT}. */
  MEETING("meeting", "meetings", "crm.objects.meetings.read", "0-47", ASSOCIATIONS),
  NOTE("note", "notes", "crm.objects.notes.read", "0-46", GENERIC_WEBHOOKS, ASSOCIATIONS),
  ORDER("order", "orders", "crm.objects.orders.read", "0-123", GENERIC_WEBHOOKS),
  PARTNER_CLIENT(
      "partner_client",
      "partner_clients",
      "crm.objects.partner-clients.read",
      null,
      GENERIC_WEBHOOKS),
  /** Mail is not counted: the plural is the singular. */
  POSTAL_MAIL("postal_mail", "postal_mail", null, "0-116", GENERIC_WEBHOOKS),
  QUOTE("quote", "quotes", "crm.objects.quotes.read", "0-14", GENERIC_WEBHOOKS, ASSOCIATIONS),
  QUOTE_TEMPLATE("quote_template", "quote_templates", null, null, GENERIC_WEBHOOKS),
  SUBSCRIPTION(
      "subscription", "subscriptions", "crm.objects.subscriptions.read", "0-69", GENERIC_WEBHOOKS),
  TASK("task", "tasks", "crm.objects.tasks.read", "0-27", GENERIC_WEBHOOKS, ASSOCIATIONS),
  TAX("tax", "taxes", null, "0-86", GENERIC_WEBHOOKS),
  USER("user", "users", "crm.objects.users.read", "0-115", GENERIC_WEBHOOKS);

  /** Where HubSpot lists an object, which is where a component may name it. */
  public enum Listing {
    /** The objects of HubSpot's app-card docs, which cards and bulk actions show on. */
    CARDS,
    /** The objects the classic {@code <object>.<event>} webhook subscription types name. */
    CLASSIC_WEBHOOKS,
    /**
     * The objects {@code object.*} subscriptions name: HubSpot's generic-webhook docs and August
     * 2024 changelog.
     */
    GENERIC_WEBHOOKS,
    /** The standard objects an app object association joins. */
    ASSOCIATIONS
  }

  private final String singular;
  private final String plural;
  private final String readScope;
  private final String objectTypeId;
  private final Set<Listing> listings;

  CrmObject(
      String singular,
      String plural,
      String readScope,
      String objectTypeId,
      Listing first,
      Listing... rest) {
    this.singular = singular;
    this.plural = plural;
    this.readScope = readScope;
    this.objectTypeId = objectTypeId;
    this.listings = EnumSet.of(first, rest);
  }

  /** Lower-case singular, as webhook subscriptions write it: {@code line_item}. */
  public String singular() {
    return singular;
  }

  /** Upper-case singular, as associations and workflow actions write it: {@code LINE_ITEM}. */
  public String upperCase() {
    return singular.toUpperCase(Locale.ROOT);
  }

  /** Lower-case plural, as scope names and card templates write it: {@code line_items}. */
  public String plural() {
    return plural;
  }

  /**
   * The scope an app needs to read the object; null where HubSpot's scope lists do not name one
   * without doubt.
   */
  public String readScope() {
    return readScope;
  }

  /**
   * The scopes of which a webhook subscription on the object needs one, else HubSpot delivers
   * nothing: the read scope first, the one a message names; empty when none is known.
   */
  public List<String> webhookReadScopes() {
    return readScope == null ? List.of() : List.of(readScope);
  }

  /**
   * The id generic {@code object.*} webhook events name the object by ({@code 0-3}), from HubSpot's
   * "Object type ID values" table; null for the objects that table does not list (partner_client,
   * quote_template), whose events an app can only tell by an id it looks up.
   */
  public String objectTypeId() {
    return objectTypeId;
  }

  /** The object named {@code singular} as webhook subscriptions write it; null for none. */
  public static CrmObject ofSingular(String singular) {
    for (CrmObject object : values()) {
      if (object.singular.equals(singular)) {
        return object;
      }
    }
    return null;
  }

  /** The objects HubSpot lists there, in declaration order. */
  public static List<CrmObject> listedFor(Listing listing) {
    List<CrmObject> listed = new ArrayList<>();
    for (CrmObject object : values()) {
      if (object.listings.contains(listing)) {
        listed.add(object);
      }
    }
    return listed;
  }
}
