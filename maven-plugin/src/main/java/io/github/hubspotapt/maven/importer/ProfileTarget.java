package io.github.hubspotapt.maven.importer;

import java.util.Locale;

/**
 * Where the import puts the project's {@code hsprofile.<name>.json} files: as {@code @Profile}s on
 * the app class (the default), or copied as they are into the front-end folder, which the processor
 * also reads profiles from, for a team that keeps account ids out of the code.
 */
public enum ProfileTarget {
  ANNOTATIONS,
  FILES;

  /**
   * @param value {@code annotations} or {@code files}, as the user sets {@code
   *     hubspot.import.profiles}
   * @throws ImportException for any other value
   */
  public static ProfileTarget of(String value) throws ImportException {
    for (ProfileTarget target : values()) {
      if (target.name().toLowerCase(Locale.ROOT).equals(value)) {
        return target;
      }
    }
    throw new ImportException(
        "profiles \""
            + value
            + "\" is neither \"annotations\" (@Profile on the app class)"
            + " nor \"files\" (hsprofile files in the front-end folder)");
  }
}
