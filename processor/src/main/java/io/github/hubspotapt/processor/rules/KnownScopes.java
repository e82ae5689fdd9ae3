package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Suggestions;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The OAuth scope names HubSpot documents, from {@code known-scopes.txt} beside this class. */
final class KnownScopes {

  /** Every HubSpot scope name is lower-case letters, digits, {@code .}, {@code _} and {@code -}. */
  static final Pattern FORMAT = Pattern.compile("[a-z0-9_.\\-]+");

  /** A name at most this many edits from a known scope, and not made of known words, is a typo of it. */
  private static final int TYPO_EDITS = 2;

  private final Set<String> names;
  /** The dot-separated words of the known scopes ({@code crm}, {@code objects}, {@code calls}, {@code write}, ...). */
  private final Set<String> words;

  private KnownScopes(Set<String> names) {
    this.names = names;
    Set<String> all = new HashSet<>();
    names.forEach(name -> all.addAll(Set.of(name.split("\\."))));
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
