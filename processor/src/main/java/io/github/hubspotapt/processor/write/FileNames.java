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
 * unique; names that still meet are numbered, so no file ever overwrites another.
 */
final class FileNames {

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private FileNames() {}

  /**
   * The file name of each feature, in the features' order. A list rather than a map keyed by feature: features are
   * records, whose generated equals and hashCode would compare every value and bootstrap on first use.
   */
  static List<String> of(List<Feature> features) {
    Map<String, Integer> uses = new HashMap<>();
    for (Feature feature : features) {
      uses.merge(key(feature, feature.fileNameSource()), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>(features.size());
    for (Feature feature : features) {
      boolean clash = uses.get(key(feature, feature.fileNameSource())) > 1;
      String base = kebab(clash ? feature.uid().value() : feature.fileNameSource());
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

  private static String key(Feature feature, String source) {
    return feature.type().folder() + "/" + kebab(source);
  }
}
