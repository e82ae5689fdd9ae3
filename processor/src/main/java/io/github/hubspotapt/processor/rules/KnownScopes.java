package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.vocabulary.OAuthScopes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The OAuth scope names HubSpot documents ({@link OAuthScopes#known}), and which unknown name is a
 * typo of one.
 */
final class KnownScopes {

  /**
   * A name at most this many edits from a known scope, and not made of known words, is a typo of
   * it.
   */
  private static final int TYPO_EDITS = 2;

  private final Set<String> names;

  /**
   * The dot-separated words of the known scopes ({@code crm}, {@code objects}, {@code write}, ...),
   * and the CRM objects as scope names spell them: a scope of an object that the list lacks ({@code
   * crm.objects.taxes.read}, one edit from {@code crm.objects.tasks.read}) is made of known words,
   * so it is never called a typo. Gathered when first asked: only a scope that is not known needs
   * them.
   */
  private Set<String> words;

  private KnownScopes(Set<String> names) {
    this.names = names;
  }

  static KnownScopes load() {
    return new KnownScopes(OAuthScopes.known());
  }

  private Set<String> words() {
    if (words == null) {
      Set<String> all = new HashSet<>(OAuthScopes.objectWords());
      names.forEach(name -> all.addAll(Arrays.asList(name.split("\\."))));
      words = Set.copyOf(all);
    }
    return words;
  }

  boolean contains(String scope) {
    return names.contains(scope);
  }

  Set<String> names() {
    return names;
  }

  /**
   * The known scope that {@code scope} (well-formed, not known) is a typo of, or null. A typo is
   * within two edits of a known scope and has a word no known scope uses ({@code
   * crm.object.contacts.read}). A name made only of known words ({@code crm.objects.calls.write},
   * next to the known {@code crm.objects.carts.write}) may be a real scope the list lacks, since
   * HubSpot's scope names are dense: it is not called a typo.
   */
  String typoOf(String scope) {
    String nearest = Suggestions.nearestWithin(scope, names, TYPO_EDITS);
    if (nearest == null) {
      return null;
    }
    for (String word : scope.split("\\.", -1)) {
      if (!words().contains(word)) {
        return nearest;
      }
    }
    return null;
  }
}
