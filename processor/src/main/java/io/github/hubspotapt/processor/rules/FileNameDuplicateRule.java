package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.write.RelativePath;
import java.util.HashMap;
import java.util.Map;

/**
 * A chosen {@code fileName} names one file of its folder: two components naming the same file would
 * leave only one of them in the upload, and so would a hand-written {@code *-hsmeta.json} of the
 * front-end folder at that path, which the project's file replaces. Names that differ only in case
 * meet too: they are one file on the file systems of macOS and Windows; so do names that differ
 * only in Unicode normalization, one file on macOS. A name the processor chooses itself never meets
 * a chosen one; it moves aside.
 */
final class FileNameDuplicateRule implements Rule {

  private final FrontendFolder frontend;

  /** {@code frontend} is null when no front-end folder is configured. */
  FileNameDuplicateRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    Map<String, String> handWritten = new HashMap<>();
    if (frontend != null) {
      frontend.metaFiles().keySet().forEach(path -> handWritten.put(key(path), path));
    }
    Map<String, ChosenFileName> first = new HashMap<>();
    for (ChosenFileName chosen : ChosenFileName.all(project)) {
      String key = key(chosen.path());
      String name = "fileName " + Quote.of(chosen.name().value()) + " of " + chosen.declaredBy();
      ChosenFileName earlier = first.putIfAbsent(key, chosen);
      if (earlier != null) {
        diagnostics.report(
            RuleId.FILE_NAME_DUPLICATE,
            chosen.name().origin(),
            name
                + " names the file that "
                + earlier.declaredBy()
                + " names "
                + Quote.of(earlier.name().value())
                + " in src/"
                + chosen.folder()
                + "/; each component needs a file of its own (names that differ only in case are one file on macOS"
                + " and Windows, and so are names that differ only in how an accent is encoded on macOS)");
      } else if (handWritten.containsKey(key)) {
        diagnostics.report(
            RuleId.FILE_NAME_DUPLICATE,
            chosen.name().origin(),
            name
                + " names the file of the"
                + " hand-written "
                + frontend.root().resolve(handWritten.get(key))
                + " in the front-end folder, which"
                + " the generated file would replace; choose another name, or delete the hand-written file now that the"
                + " annotation declares the component");
      }
    }
  }

  private static String key(String path) {
    return RelativePath.fileKey(path);
  }
}
