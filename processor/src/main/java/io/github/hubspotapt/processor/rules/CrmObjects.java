package io.github.hubspotapt.processor.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CRM objects cards and bulk actions can show on, in both spellings HubSpot's own templates use (plural
 * lower-case {@code contacts} and singular upper-case {@code CONTACT}), with the read scope the app needs for each.
 * Custom objects are {@code p_<name>} and need {@code crm.objects.custom.read}.
 */
final class CrmObjects {

  private static final Pattern CUSTOM_OBJECT = Pattern.compile("p_[a-z0-9_]+");
  private static final String CUSTOM_SCOPE = "crm.objects.custom.read";

  /** Object type name to its read scope. Tickets predate the crm.objects scopes and use the legacy "tickets". */
  private static final Map<String, String> READ_SCOPES = readScopes();

  private CrmObjects() {}

  static boolean isSupported(String objectType) {
    return READ_SCOPES.containsKey(objectType) || CUSTOM_OBJECT.matcher(objectType).matches();
  }

  /** The scope an app needs to show a feature on this object type. */
  static String readScope(String objectType) {
    return CUSTOM_OBJECT.matcher(objectType).matches() ? CUSTOM_SCOPE : READ_SCOPES.get(objectType);
  }

  static Set<String> names() {
    return READ_SCOPES.keySet();
  }

  private static Map<String, String> readScopes() {
    Map<String, String> scopes = new LinkedHashMap<>();
    add(scopes, "contacts", "CONTACT", "crm.objects.contacts.read");
    add(scopes, "companies", "COMPANY", "crm.objects.companies.read");
    add(scopes, "deals", "DEAL", "crm.objects.deals.read");
    add(scopes, "tickets", "TICKET", "tickets");
    add(scopes, "appointments", "APPOINTMENT", "crm.objects.appointments.read");
    add(scopes, "courses", "COURSE", "crm.objects.courses.read");
    add(scopes, "listings", "LISTING", "crm.objects.listings.read");
    add(scopes, "services", "SERVICE", "crm.objects.services.read");
    // Map.copyOf would lose the order, and messages list these names.
    return Collections.unmodifiableMap(scopes);
  }

  private static void add(Map<String, String> scopes, String plural, String singular, String scope) {
    scopes.put(plural, scope);
    scopes.put(singular, scope);
  }
}
