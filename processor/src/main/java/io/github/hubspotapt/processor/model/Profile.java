package io.github.hubspotapt.processor.model;

import java.util.List;

/**
 * A HubSpot profile, {@code hsprofile.<name>.json} in the project's source folder: from a
 * {@code @Profile} on the app class, or a hand-written file in the front-end folder. Values from a
 * file have no origin in the sources, and diagnostics about them name the file instead.
 *
 * @param name the profile's name, the {@code <name>} of the file name
 * @param accountId the {@code accountId} as JSON text ({@code 123}, {@code "123"}); null when the
 *     file has none
 * @param file the hand-written file's path in the front-end folder; null for a {@code @Profile}
 * @param malformed why the hand-written file is not a JSON object with an object of {@code
 *     variables}; else null
 */
public record Profile(
    Origin origin,
    Located<String> name,
    Located<String> accountId,
    List<ProfileVariable> variables,
    String file,
    String malformed) {

  /** Where the profile is declared, for a message: {@code @Profile "local"} or the file's path. */
  public String source() {
    return file != null ? "front-end file " + file : "@Profile \"" + name.value() + "\"";
  }

  /** The variable of this name, or null. */
  public ProfileVariable variable(String variableName) {
    return variables.stream()
        .filter(v -> variableName.equals(v.name().value()))
        .findFirst()
        .orElse(null);
  }
}
