package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.Feature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names each feature's file {@code <kebab-name>-hsmeta.json}, as HubSpot's templates do. Two
 * features of a folder whose names give the same file name (two cards both called "Invoices") are
 * named after their uids instead, which are unique; names that still meet are numbered, so no file
 * ever overwrites another. A name too long for a file name (a card name may be any length) is
 * replaced by the uid as well. A name the team chose keeps its place (see {@link #of}).
 */
final class FileNames {

  /**
   * The longest name part: with {@code -hsmeta.json}, a number and the writer's temporary-file
   * affixes, a file name stays far below the 255 bytes file systems allow (kebab names are ASCII,
   * one byte a character).
   */
  static final int MAX_NAME = 100;

  private static final String SUFFIX = ProjectLayout.METAFILE_SUFFIX;

  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private FileNames() {}

  /**
   * The file name of each feature, in the features' order. A list rather than a map keyed by
   * feature: features are records, whose generated equals and hashCode would compare every value
   * and bootstrap on first use.
   *
   * <p>A name the team chose ({@code fileName}) is used as it is, and is taken first: a name the
   * processor would choose that meets it counts as a clash and moves to the uid name (numbered if
   * need be), so a chosen name never overwrites, nor is overwritten by, another file. Names meet
   * when they are one file on macOS or Windows ({@link RelativePath#fileKey}). Two chosen names
   * that meet are an error of their own (HS-FILE-NAME-DUPLICATE); should its severity be lowered,
   * the later one is numbered rather than written over the earlier.
   */
  static List<String> of(List<Feature> features) {
    Map<String, Integer> uses = new HashMap<>();
    List<String> preferred = new ArrayList<>(features.size());
    for (Feature feature : features) {
      String name = feature.file().named() ? feature.file().fileName().value() : automatic(feature);
      preferred.add(name);
      String key = key(feature, name);
      Integer used = uses.get(key);
      uses.put(key, used == null ? 1 : used + 1);
    }
    Set<String> taken = new HashSet<>();
    String[] names = new String[features.size()];
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).file().named()) {
        String chosen = preferred.get(i);
        names[i] =
            unique(
                features.get(i),
                withoutSuffix(chosen),
                chosen.endsWith(SUFFIX) ? SUFFIX : "",
                taken);
      }
    }
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      if (names[i] == null) {
        boolean clash = uses.get(key(feature, preferred.get(i))) > 1;
        // Kebab case folds '_', '.' and '-' together, so even uid-based names can meet: unique()
        // numbers them, in
        // the features' stable order, rather than let one file overwrite another.
        names[i] =
            unique(
                feature, clash ? uidName(feature) : withoutSuffix(preferred.get(i)), SUFFIX, taken);
      }
    }
    return List.of(names);
  }

  /**
   * Whether each feature of {@code after} has what {@link #of} names its file by (type, chosen
   * name, name, uid) as the one at its place in {@code before}, lists of one length: a project in
   * which these features replace those has every file named as before. Cheaper than naming the
   * project's features: a partial compilation compares only those of the types that changed.
   */
  static boolean sameInputs(List<Feature> before, List<Feature> after) {
    for (int i = 0; i < after.size(); i++) {
      Feature a = before.get(i);
      Feature b = after.get(i);
      if (a.type() != b.type()
          || a.file().named() != b.file().named()
          || !Objects.equals(a.file().fileName().value(), b.file().fileName().value())
          || !Objects.equals(a.fileNameSource(), b.fileNameSource())
          || !Objects.equals(a.uid().value(), b.uid().value())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name the processor gives a feature's file: its kebab name, or its uid's when the name is
   * too long.
   */
  private static String automatic(Feature feature) {
    String name = kebab(feature.fileNameSource());
    return (name.length() > MAX_NAME ? uidName(feature) : name) + SUFFIX;
  }

  /**
   * {@code base + suffix}, or {@code base-2 + suffix}, {@code base-3 + suffix}, ...: the first not
   * yet taken.
   */
  private static String unique(Feature feature, String base, String suffix, Set<String> taken) {
    String name = base;
    for (int n = 2; !taken.add(key(feature, name + suffix)); n++) {
      name = base + "-" + n;
    }
    return name + suffix;
  }

  /**
   * The file's place in its folder, as {@link RelativePath#fileKey}: names of one file on macOS or
   * Windows meet.
   */
  private static String key(Feature feature, String fileName) {
    return RelativePath.fileKey(feature.type().folder() + "/" + fileName);
  }

  private static String withoutSuffix(String fileName) {
    return fileName.endsWith(SUFFIX)
        ? fileName.substring(0, fileName.length() - SUFFIX.length())
        : fileName;
  }

  /**
   * Lower-case words of letters and digits joined by single hyphens; "Invoice Status!" becomes
   * "invoice-status".
   */
  static String kebab(String name) {
    // A loop rather than two regular expressions: every compilation that renders names every
    // feature, and in a build tool's new class loader this runs interpreted for each one.
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder kebab = new StringBuilder(lower.length());
    boolean hyphen = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && kebab.length() > 0) {
          kebab.append('-');
        }
        kebab.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return kebab.length() == 0 ? "component" : kebab.toString();
  }

  /**
   * The uid in kebab case, cut to {@link #MAX_NAME}: a uid is at most 64 characters unless its rule
   * was lowered.
   */
  private static String uidName(Feature feature) {
    String name = kebab(feature.uid().value());
    return name.length() <= MAX_NAME
        ? name
        : EDGE_HYPHENS.matcher(name.substring(0, MAX_NAME)).replaceAll("");
  }
}
