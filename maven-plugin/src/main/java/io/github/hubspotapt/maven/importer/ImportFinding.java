package io.github.hubspotapt.maven.importer;

/**
 * A field of the project that the import could not express in annotations, so that nothing is
 * dropped silently.
 *
 * @param file the file, relative to the project folder ({@code src/app/cards/card-hsmeta.json})
 * @param jsonPath where in the file, as a JSON pointer ({@code /config/logo}); empty for the whole
 *     file
 * @param reason why it cannot be imported
 */
public record ImportFinding(String file, String jsonPath, String reason) {

  @Override
  public String toString() {
    return file + (jsonPath.isEmpty() ? "" : " " + jsonPath) + ": " + reason;
  }
}
