package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.frontend.HsMetaFile;
import io.github.hubspotapt.processor.model.Profile;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Hand-written {@code *-hsmeta.json} files as HubSpot's CLI reads them in each profile (SPEC 21):
 * every {@code ${key}} of the uid and of {@code config}'s strings is a variable of the profile, and
 * the uid the profile gives is one HubSpot's parser accepts, unique in the project. Without a
 * profile nothing is substituted, and a uid with {@code ${...}} is refused as it is. Part of
 * HS-FRONTEND-HSMETA: the annotated values get the same from {@code ProfileChecks}.
 */
final class FrontendFileProfiles {

  private final List<HsMetaFile> files;

  /** The uids no profile changes: the annotated components' and the files' own, with owners. */
  private final Map<String, String> fixedUids;

  /**
   * @param files the hand-written files HubSpot's parser reads, each a JSON object
   * @param uids the uids of the project before any profile applies, with what declares each
   */
  FrontendFileProfiles(List<HsMetaFile> files, Map<String, String> uids) {
    this.files = files;
    this.fixedUids = new HashMap<>();
    uids.forEach(
        (uid, owner) -> {
          if (!uid.contains("${")) {
            fixedUids.put(uid, owner);
          }
        });
  }

  /** Reports each problem with its file to {@code report}. */
  void check(List<Profile> profiles, BiConsumer<HsMetaFile, String> report) {
    if (profiles.isEmpty()) {
      for (HsMetaFile file : files) {
        String uid = file.strings().get("uid");
        if (uid != null && uid.contains("${")) {
          report.accept(
              file,
              "has uid "
                  + Quote.of(uid)
                  + " with a profile variable, but the project has no profile to take its value"
                  + " from, and HubSpot's parser refuses the uid as it is");
        }
      }
      return;
    }
    for (Profile profile : ProfileChecks.distinctNames(profiles)) {
      check(profile, report);
    }
  }

  private void check(Profile profile, BiConsumer<HsMetaFile, String> report) {
    String in = "in profile " + Quote.of(profile.name().value()) + " ";
    Map<String, String> uids = new HashMap<>(fixedUids);
    for (HsMetaFile file : files) {
      Set<String> missing = new LinkedHashSet<>();
      for (String text : file.placeholders()) {
        Substitution.interpolate(text, profile, missing::add, key -> {});
      }
      for (String key : missing) {
        report.accept(
            file,
            in
                + "uses ${"
                + key
                + "}, which HubSpot's CLI refuses with \"Missing value for "
                + key
                + " in "
                + file.path()
                + ". Add "
                + key
                + " to your profile variables.\"");
      }
      String written = file.strings().get("uid");
      if (!missing.isEmpty() || written == null || !written.contains("${")) {
        continue;
      }
      String uid = Substitution.interpolate(written, profile, key -> {}, key -> {});
      String problem = FrontendMetaFileRule.uidProblem(uid);
      if (problem != null) {
        report.accept(file, in + "has uid " + Quote.of(uid) + " (" + written + ")" + problem);
        continue;
      }
      String owner = uids.putIfAbsent(uid, file.path());
      if (owner != null) {
        report.accept(
            file,
            in
                + "has uid "
                + Quote.of(uid)
                + " ("
                + written
                + "), which is already the uid of "
                + owner
                + "; uids must be unique in the project");
      }
    }
  }
}
