package io.github.hubspotapt.maven.importer;

/**
 * One {@code *-hsmeta.json} of the project, as an importer reads it.
 *
 * @param path the file, relative to the project folder
 * @param uid the component's uid
 * @param type HubSpot's component type ({@code card})
 * @param root the whole file, for the keys beside {@code config} ({@code permissions})
 * @param config the {@code config} object
 */
record ComponentJsonFile(String path, String uid, String type, JsonFields root, JsonFields config) {

  /** The file's own name, without its folder ({@code card-hsmeta.json}). */
  String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
