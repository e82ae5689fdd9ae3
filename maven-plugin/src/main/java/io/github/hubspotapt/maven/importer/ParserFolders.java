package io.github.hubspotapt.maven.importer;

import io.github.hubspotapt.processor.rules.ParserComponents;

/**
 * The folders of the source folder whose {@code *-hsmeta.json} files HubSpot's parser reads
 * (project-parsing-lib 0.23.0, {@code files.js} and the folders of {@code constants.js}): {@code
 * app}, {@code theme}, {@code cms-assets} and the folder of each app feature it knows, whether or
 * not an annotation writes that feature. A metafile anywhere else the parser skips without a word
 * (HubSpot's CLI warns): it is no component, and the import keeps it as a front-end file. The
 * folders are the processor's ({@link ParserComponents}), derived from its component types.
 */
final class ParserFolders {

  private ParserFolders() {}

  /**
   * @param folder a folder relative to the source folder, {@code /}-separated; "" for the source
   *     folder itself
   * @return whether the parser reads the metafiles in it
   */
  static boolean isRead(String folder) {
    return ParserComponents.isRead(folder);
  }

  /** Why a metafile in {@code folder} is not part of the project, for the import's output. */
  static String skipReason(String folder) {
    return "HubSpot's parser skips a *-hsmeta.json in "
        + (folder.isEmpty() ? "the top of srcDir" : folder + "/")
        + ", as in any folder other than app/, theme/, cms-assets/ and the component folders of app/";
  }
}
