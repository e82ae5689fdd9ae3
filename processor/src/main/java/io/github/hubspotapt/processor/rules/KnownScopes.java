package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Suggestions;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The OAuth scope names HubSpot documents, from {@code known-scopes.txt} beside this class. */
final class KnownScopes {

  /** Every HubSpot scope name is lower-case letters, digits, {@code .}, {@code _} and {@code -}. */
  static final Pattern FORMAT = Pattern.compile("[a-z0-9_.\\-]+");

  /** A name at most this many edits from a known scope, and not made of known words, is a typo of it. */
  private static final int TYPO_EDITS = 2;

  /**
   * The CRM objects of HubSpot's generic-webhook docs, as scope names spell objects (plural, snake case). A scope of
   * one of them that the list lacks ({@code crm.objects.taxes.read}, one edit from {@code crm.objects.tasks.read}) is
   * made of known words, so it is never called a typo.
   */
  private static final Set<String> CRM_OBJECTS = Set.of("appointments", "calls", "carts", "commerce_payments",
      "communications", "companies", "contacts", "courses", "deals", "discounts", "emails", "fees",
      "feedback_submissions", "goal_targets", "invoices", "leads", "line_items", "listings", "meeting_events", "notes",
      "orders", "partner_clients", "postal_mail", "products", "quotes", "quote_templates", "services", "subscriptions",
      "tasks", "taxes", "tickets", "users");

  private final Set<String> names;
  /** The dot-separated words of the known scopes ({@code crm}, {@code objects}, {@code write}, ...), and the objects. */
  private final Set<String> words;

  private KnownScopes(Set<String> names) {
    this.names = names;
    Set<String> all = new HashSet<>(CRM_OBJECTS);
    names.forEach(name -> all.addAll(Arrays.asList(name.split("\\."))));
    this.words = Set.copyOf(all);
  }

  static KnownScopes load() {
    return new KnownScopes(NameList.load("known-scopes.txt"));
  }

  boolean contains(String scope) {
    return names.contains(scope);
  }

  Set<String> names() {
    return names;
  }

  /**
   * The known scope that {@code scope} (well-formed, not known) is a typo of, or null. A typo is within two edits of
   * a known scope and has a word no known scope uses ({@code crm.object.contacts.read}). A name made only of known
   * words ({@code crm.objects.calls.write}, next to the known {@code crm.objects.carts.write}) may be a real scope
   * the list lacks, since HubSpot's scope names are dense: it is not called a typo.
   */
  String typoOf(String scope) {
    String nearest = Suggestions.nearestWithin(scope, names, TYPO_EDITS);
    if (nearest == null) {
      return null;
    }
    for (String word : scope.split("\\.", -1)) {
      if (!words.contains(word)) {
        return nearest;
      }
    }
    return null;
  }
}
