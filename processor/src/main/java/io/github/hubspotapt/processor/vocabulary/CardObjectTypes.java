package io.github.hubspotapt.processor.vocabulary;

import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.vocabulary.CrmObject.Listing;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CRM objects cards and bulk actions can show on ({@link Listing#CARDS}), in the spellings
 * HubSpot accepts there. HubSpot's own templates write plural lower-case {@code contacts} and
 * singular upper-case {@code CONTACT}; public projects that HubSpot accepts also write singular
 * lower-case {@code contact} and plural upper-case {@code COMPANIES}, so all four spellings of a
 * known object are known. Custom objects are {@code p_<name>} and need {@code
 * crm.objects.custom.read}. Any other well-formed name may still be an object HubSpot supports: its
 * docs list the objects only partly.
 */
public final class CardObjectTypes {

  /** The plural lower-case names, in the order messages list them. */
  private static final Set<String> NAMES = names(CrmObject.listedFor(Listing.CARDS));

  /** Every known spelling to its object. */
  private static final Map<String, CrmObject> SPELLINGS = spellings();

  private CardObjectTypes() {}

  /** One of the four spellings of a known object, or a custom object {@code p_<name>}. */
  public static boolean isKnown(String objectType) {
    return SPELLINGS.containsKey(objectType) || ObjectTypeSyntax.isCardCustomObject(objectType);
  }

  /** The scope an app needs to show a feature on this object type; null when not known. */
  public static String readScope(String objectType) {
    if (ObjectTypeSyntax.isCardCustomObject(objectType)) {
      return OAuthScopes.CUSTOM_OBJECTS_READ;
    }
    CrmObject object = SPELLINGS.get(objectType);
    return object == null ? null : object.readScope();
  }

  /** The known objects by their plural lower-case names, in a stable order. */
  public static Set<String> names() {
    return NAMES;
  }

  /**
   * The plural lower-case name of the known object nearest to {@code seen} in any spelling, or
   * null.
   */
  public static String nearest(String seen) {
    String spelling = Suggestions.nearest(seen, SPELLINGS.keySet());
    return spelling == null ? null : SPELLINGS.get(spelling).plural();
  }

  private static Set<String> names(Iterable<CrmObject> objects) {
    Set<String> names = new LinkedHashSet<>();
    for (CrmObject object : objects) {
      names.add(object.plural());
    }
    // Set.copyOf would lose the order, and messages list these names.
    return Collections.unmodifiableSet(names);
  }

  private static Map<String, CrmObject> spellings() {
    Map<String, CrmObject> spellings = new HashMap<>();
    for (CrmObject object : CrmObject.listedFor(Listing.CARDS)) {
      for (String spelling : new String[] {object.plural(), object.singular()}) {
        spellings.put(spelling, object);
        spellings.put(spelling.toUpperCase(Locale.ROOT), object);
      }
    }
    return Map.copyOf(spellings);
  }
}
