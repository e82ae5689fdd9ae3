package io.github.hubspotapt.processor.vocabulary;

import io.github.hubspotapt.processor.vocabulary.CrmObject.Listing;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HubSpot's OAuth scope names: their syntax, the ones HubSpot documents, and the ones features
 * need.
 */
public final class OAuthScopes {

  /** What an app needs to read custom objects, whichever feature names them. */
  public static final String CUSTOM_OBJECTS_READ = "crm.objects.custom.read";

  /** What conversation webhook events need. */
  public static final String CONVERSATIONS_READ = "conversations.read";

  /** What an app with app events needs among its required scopes. */
  public static final String TIMELINE = "timeline";

  /** Every HubSpot scope name is lower-case letters, digits, {@code .}, {@code _} and {@code -}. */
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9_.\\-]+");

  private static final String KNOWN = "known-scopes.txt";

  private OAuthScopes() {}

  public static boolean isWellFormed(String scope) {
    return FORMAT.matcher(scope).matches();
  }

  /** The scope names HubSpot's docs and API specs list. */
  public static Set<String> known() {
    return NameList.load(KNOWN);
  }

  /**
   * The CRM objects of HubSpot's generic-webhook docs as scope names spell objects (plural, snake
   * case): words a scope name may use even where no documented scope does yet ({@code
   * crm.objects.taxes.read}).
   */
  public static Set<String> objectWords() {
    return CrmObject.listedFor(Listing.GENERIC_WEBHOOKS).stream()
        .map(CrmObject::plural)
        .collect(Collectors.toUnmodifiableSet());
  }
}
