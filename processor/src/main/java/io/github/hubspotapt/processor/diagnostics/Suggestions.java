package io.github.hubspotapt.processor.diagnostics;

import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * "Did you mean ...?" for values from a closed set: the allowed value with the smallest edit
 * distance.
 */
public final class Suggestions {

  /** Longer values are not typos of a short name, and comparing them costs time on every build. */
  private static final int MAX_COMPARED = 100;

  private Suggestions() {}

  /** The nearest allowed value, or null when none is close enough to be a plausible typo. */
  public static String nearest(String seen, Collection<String> allowed) {
    return nearestWithin(seen, allowed, Math.max(2, seen.length() / 3));
  }

  /**
   * The nearest allowed value at most {@code maxEdits} insertions, deletions, substitutions or
   * swaps of adjacent letters away (ignoring case; the alphabetically first of equally near ones),
   * or null when there is none.
   */
  public static String nearestWithin(String seen, Collection<String> allowed, int maxEdits) {
    if (seen.length() > MAX_COMPARED) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = seen.toLowerCase(java.util.Locale.ROOT);
    for (String candidate : allowed) {
      if (Math.abs(candidate.length() - seen.length()) > maxEdits) {
        continue;
      }
      int distance = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance
          || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= maxEdits ? best : null;
  }

  /** " (did you mean x?)" or empty. */
  public static String didYouMean(String seen, Collection<String> allowed) {
    String nearest = nearest(seen, allowed);
    return nearest == null ? "" : " (did you mean " + nearest + "?)";
  }

  /**
   * " (did you mean x, X.CONSTANT?)" or empty: for a vocabulary the annotations jar spells as
   * constants, the suggestion also names the constant, which the IDE then completes.
   */
  public static String didYouMean(
      String seen, Collection<String> allowed, UnaryOperator<String> constant) {
    String nearest = nearest(seen, allowed);
    return nearest == null
        ? ""
        : " (did you mean " + nearest + ", " + constant.apply(nearest) + "?)";
  }

  /**
   * Edit distance counting two adjacent letters swapped as one edit (optimal string alignment), so
   * that {@code dael} is nearer {@code deal} than {@code call}; three rows, inputs are short.
   */
  static int distance(String a, String b) {
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        int best = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, beforePrevious[j - 2] + 1);
        }
        current[j] = best;
      }
      int[] swap = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
