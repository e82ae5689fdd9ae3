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
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  COMPANY(
      "company",
      "companies",
      "crm.objects.companies.read",
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  DEAL(
      "deal",
      "deals",
      "crm.objects.deals.read",
      CARDS,
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  /**
   * Tickets are read with the legacy scope {@code tickets}, which HubSpot's webhooks API asks for;
   * public projects subscribe to tickets holding the granular {@code crm.objects.tickets.read}
   * instead.
   */
  TICKET("ticket", "tickets", "tickets", CARDS, CLASSIC_WEBHOOKS, GENERIC_WEBHOOKS, ASSOCIATIONS) {
    @Override
    public List<String> webhookReadScopes() {
      return List.of(readScope(), "crm.objects.tickets.read");
    }
  },
  APPOINTMENT(
      "appointment", "appointments", "crm.objects.appointments.read", CARDS, GENERIC_WEBHOOKS),
  COURSE("course", "courses", "crm.objects.courses.read", CARDS, GENERIC_WEBHOOKS),
  LISTING("listing", "listings", "crm.objects.listings.read", CARDS, GENERIC_WEBHOOKS),
  SERVICE("service", "services", "crm.objects.services.read", CARDS, GENERIC_WEBHOOKS),
  PRODUCT(
      "product",
      "products",
      "crm.objects.products.read",
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  LINE_ITEM(
      "line_item",
      "line_items",
      "crm.objects.line_items.read",
      CLASSIC_WEBHOOKS,
      GENERIC_WEBHOOKS,
      ASSOCIATIONS),
  CALL("call", "calls", "crm.objects.calls.read", GENERIC_WEBHOOKS, ASSOCIATIONS),
  CART("cart", "carts", "crm.objects.carts.read", GENERIC_WEBHOOKS),
  COMMERCE_PAYMENT(
      "commerce_payment",
      "commerce_payments",
      "crm.objects.commercepayments.read",
      GENERIC_WEBHOOKS),
  COMMUNICATION("communication", "communications", null, GENERIC_WEBHOOKS),
  DISCOUNT("discount", "discounts", null, GENERIC_WEBHOOKS),
  EMAIL("email", "emails", "crm.objects.emails.read", GENERIC_WEBHOOKS, ASSOCIATIONS),
  FEE("fee", "fees", null, GENERIC_WEBHOOKS),
  /**
   * HubSpot's docs name crm.objects.feedback_submission.read, its API specs
   * crm.objects.feedback_submissions.read.
   */
  FEEDBACK_SUBMISSION("feedback_submission", "feedback_submissions", null, GENERIC_WEBHOOKS),
  GOAL_TARGET("goal_target", "goal_targets", "crm.objects.goals.read", GENERIC_WEBHOOKS),
  INVOICE("invoice", "invoices", "crm.objects.invoices.read", GENERIC_WEBHOOKS),
  LEAD("lead", "leads", "crm.objects.leads.read", GENERIC_WEBHOOKS),
  /** Meetings as webhook subscriptions name them; associations call them {@link #MEETING}. */
  MEETING_EVENT("meeting_event", "meeting_events", "crm.objects.meetings.read", GENERIC_WEBHOOKS),
  /** Meetings as associations name them; webhook subscriptions call them {@link #MEETING_EVENT}. */
  MEETING("meeting", "meetings", "crm.objects.meetings.read", ASSOCIATIONS),
  NOTE("note", "notes", "crm.objects.notes.read", GENERIC_WEBHOOKS, ASSOCIATIONS),
  ORDER("order", "orders", "crm.objects.orders.read", GENERIC_WEBHOOKS),
  PARTNER_CLIENT(
      "partner_client", "partner_clients", "crm.objects.partner-clients.read", GENERIC_WEBHOOKS),
  /** Mail is not counted: the plural is the singular. */
  POSTAL_MAIL("postal_mail", "postal_mail", null, GENERIC_WEBHOOKS),
  QUOTE("quote", "quotes", "crm.objects.quotes.read", GENERIC_WEBHOOKS, ASSOCIATIONS),
  QUOTE_TEMPLATE("quote_template", "quote_templates", null, GENERIC_WEBHOOKS),
  SUBSCRIPTION("subscription", "subscriptions", "crm.objects.subscriptions.read", GENERIC_WEBHOOKS),
  TASK("task", "tasks", "crm.objects.tasks.read", GENERIC_WEBHOOKS, ASSOCIATIONS),
  TAX("tax", "taxes", null, GENERIC_WEBHOOKS),
  USER("user", "users", "crm.objects.users.read", GENERIC_WEBHOOKS);

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
  private final Set<Listing> listings;

  CrmObject(String singular, String plural, String readScope, Listing first, Listing... rest) {
    this.singular = singular;
    this.plural = plural;
    this.readScope = readScope;
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
