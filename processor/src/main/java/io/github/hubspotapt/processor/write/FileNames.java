package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.Feature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names each feature's file {@code <kebab-name>-hsmeta.json}, as HubSpot's templates do. Two features of a folder whose
 * names give the same file name (two cards both called "Invoices") are named after their uids instead, which are
 * unique; names that still meet are numbered, so no file ever overwrites another. A name too long for a file name
 * (a card name may be any length) is replaced by the uid as well.
 */
final class FileNames {

  /**
   * The longest name part: with {@code -hsmeta.json}, a number and the writer's temporary-file affixes, a file name
   * stays far below the 255 bytes file systems allow (kebab names are ASCII, one byte a character).
   */
  static final int MAX_NAME = 100;

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private FileNames() {}

  /**
   * The file name of each feature, in the features' order. A list rather than a map keyed by feature: features are
   * records, whose generated equals and hashCode would compare every value and bootstrap on first use.
   */
  static List<String> of(List<Feature> features) {
    Map<String, Integer> uses = new HashMap<>();
    List<String> preferred = new ArrayList<>(features.size());
    for (Feature feature : features) {
      String name = kebab(feature.fileNameSource());
      String chosen = name.length() > MAX_NAME ? uidName(feature) : name;
      preferred.add(chosen);
      uses.merge(feature.type().folder() + "/" + chosen, 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      boolean clash = uses.get(feature.type().folder() + "/" + preferred.get(i)) > 1;
      String base = clash ? uidName(feature) : preferred.get(i);
      // Kebab case folds '_', '.' and '-' together, so even uid-based names can meet: number them, in the
      // features' stable order, rather than let one file overwrite another.
      String name = base;
      for (int n = 2; !taken.add(feature.type().folder() + "/" + name); n++) {
        name = base + "-" + n;
      }
      names.add(name + "-hsmeta.json");
    }
    return names;
  }

  /** Lower-case words of letters and digits joined by single hyphens; "Invoice Status!" becomes "invoice-status". */
  static String kebab(String name) {
    String kebab = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-"))
        .replaceAll("");
    return kebab.isEmpty() ? "component" : kebab;
  }

  /** The uid in kebab case, cut to {@link #MAX_NAME}: a uid is at most 64 characters unless its rule was lowered. */
  private static String uidName(Feature feature) {
    String name = kebab(feature.uid().value());
    return name.length() <= MAX_NAME ? name : EDGE_HYPHENS.matcher(name.substring(0, MAX_NAME)).replaceAll("");
  }
}
