package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Suggestions;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CRM objects cards and bulk actions can show on (the objects of HubSpot's app-card docs), with the read scope the
 * app needs for each. HubSpot's own templates write plural lower-case {@code contacts} and singular upper-case
 * {@code CONTACT}; public projects that HubSpot accepts also write singular lower-case {@code contact} and plural
 * upper-case {@code COMPANIES}, so all four spellings of a known object are known. Custom objects are
 * {@code p_<name>} and need {@code crm.objects.custom.read}. Any other name may still be an object HubSpot supports:
 * its docs list the objects only partly.
 */
final class CrmObjects {

  private static final Pattern CUSTOM_OBJECT = Pattern.compile("p_[a-z0-9_]+");
  /** A name or an object type id ({@code 0-1}, {@code 2-12345}): what any HubSpot object type looks like. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z][A-Za-z0-9_]*|[0-9]+-[0-9]+");
  private static final String CUSTOM_SCOPE = "crm.objects.custom.read";

  /** Plural lower-case name to read scope, in the order messages list them; tickets use the legacy "tickets". */
  private static final Map<String, String> READ_SCOPES = readScopes();
  /** Every known spelling to its object's plural lower-case name. */
  private static final Map<String, String> SPELLINGS = spellings();

  private CrmObjects() {}

  /** One of the four spellings of a known object, or a custom object {@code p_<name>}. */
  static boolean isKnown(String objectType) {
    return SPELLINGS.containsKey(objectType) || CUSTOM_OBJECT.matcher(objectType).matches();
  }

  /** Letters, digits and {@code _} starting with a letter, or an object type id: it may name an object. */
  static boolean isWellFormed(String objectType) {
    return WELL_FORMED.matcher(objectType).matches();
  }

  /** The scope an app needs to show a feature on this object type; null when not known. */
  static String readScope(String objectType) {
    if (CUSTOM_OBJECT.matcher(objectType).matches()) {
      return CUSTOM_SCOPE;
    }
    String plural = SPELLINGS.get(objectType);
    return plural == null ? null : READ_SCOPES.get(plural);
  }

  /** The known objects by their plural lower-case names, in a stable order. */
  static Set<String> names() {
    return READ_SCOPES.keySet();
  }

  /** The plural lower-case name of the known object nearest to {@code seen} in any spelling, or null. */
  static String nearest(String seen) {
    String spelling = Suggestions.nearest(seen, SPELLINGS.keySet());
    return spelling == null ? null : SPELLINGS.get(spelling);
  }

  private static Map<String, String> readScopes() {
    Map<String, String> scopes = new LinkedHashMap<>();
    scopes.put("contacts", "crm.objects.contacts.read");
    scopes.put("companies", "crm.objects.companies.read");
    scopes.put("deals", "crm.objects.deals.read");
    scopes.put("tickets", "tickets");
    scopes.put("appointments", "crm.objects.appointments.read");
    scopes.put("courses", "crm.objects.courses.read");
    scopes.put("listings", "crm.objects.listings.read");
    scopes.put("services", "crm.objects.services.read");
    // Map.copyOf would lose the order, and messages list these names.
    return Collections.unmodifiableMap(scopes);
  }

  private static Map<String, String> spellings() {
    Map<String, String> spellings = new HashMap<>();
    for (String plural : READ_SCOPES.keySet()) {
      String singular = plural.equals("companies") ? "company" : plural.substring(0, plural.length() - 1);
      for (String spelling : new String[] {plural, singular}) {
        spellings.put(spelling, plural);
        spellings.put(spelling.toUpperCase(Locale.ROOT), plural);
      }
    }
    return Map.copyOf(spellings);
  }
}
