package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.frontend.HsMetaFile;
import io.github.hubspotapt.processor.frontend.HsMetaFile.Kind;
import io.github.hubspotapt.processor.frontend.HsProfileFile;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.PlatformVersion;
import io.github.hubspotapt.processor.model.Profile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code *-hsmeta.json} files a team keeps by hand in the front-end folder (while it moves
 * features to annotations file by file) are copied into the project, where HubSpot's parser reads
 * them with the generated ones. Each is checked as the parser checks it (project-parsing-lib
 * 0.23.0: {@code files.js}, {@code validation.js}, {@code uid.js}, {@code transform.js}): a JSON
 * object with only its five top-level keys, a uid of its pattern, a known type in that type's
 * folder, a {@code config} object, {@code permissions} only from 2026.09-beta; and with the
 * annotated components: uids unique, single-instance types once. Files in folders the parser does
 * not read are skipped, as the parser skips them; what is inside {@code config} is for HubSpot's
 * server to judge. A file has no element to point at: each finding names the file.
 */
final class FrontendMetaFileRule implements Rule {

  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of("uid", "type", "config", "dependencies", "permissions");
  private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_\\-.]+");
  private static final int MAX_UID_LENGTH = 64;

  /** The uid HubSpot's parser gives the package of a project's app functions. */
  private static final String FUNCTIONS_PACKAGE_UID = UidReservedRule.RESERVED;

  private final FrontendFolder frontend;

  FrontendMetaFileRule(FrontendFolder frontend) {
    this.frontend = frontend;
  }

  @Override
  public void check(HubSpotProject project, Diagnostics diagnostics) {
    List<HsMetaFile> files = new ArrayList<>();
    frontend
        .metaFiles()
        .forEach(
            (path, content) -> {
              HsMetaFile file = HsMetaFile.parse(path, content);
              if (ParserComponents.isRead(file.folder())) {
                files.add(file);
              }
            });
    if (files.isEmpty()) {
      return;
    }
    App app = project.app();
    PlatformVersion version = app == null ? null : app.platformVersion().value();
    Map<String, String> uids = declaredUids(project);
    Map<String, List<String>> singles = declaredSingles(project);
    boolean functions = !project.features(AppFunction.class).isEmpty();
    for (HsMetaFile file : files) {
      functions |= "app-function".equals(type(file));
    }
    // An annotated component holding the package's uid is only HS-UID-RESERVED's warning, which
    // cannot see the hand-written functions that make it a duplicate.
    String packageOwner = functions ? uids.get(FUNCTIONS_PACKAGE_UID) : null;
    if (functions) {
      uids.putIfAbsent(
          FUNCTIONS_PACKAGE_UID,
          "the package of the app functions, which HubSpot's parser adds itself");
    }
    for (HsMetaFile file : files) {
      if (file.invalid() != null) {
        report(
            diagnostics, file, "is not a JSON object HubSpot's parser can read: " + file.invalid());
        continue;
      }
      if ("app-function".equals(type(file))) {
        checkFunction(file, packageOwner, diagnostics);
      }
      checkKeys(file, diagnostics);
      checkUid(file, uids, diagnostics);
      checkType(file, singles, diagnostics);
      checkConfig(file, version, diagnostics);
    }
    List<HsMetaFile> withPlaceholders =
        files.stream().filter(file -> !file.placeholders().isEmpty()).toList();
    if (!withPlaceholders.isEmpty()) {
      // The profile files are read again only here: a Rule sees the project, not ProjectBuild's
      // list of its profiles.
      List<Profile> profiles = new ArrayList<>(project.profiles());
      profiles.addAll(HsProfileFile.read(frontend));
      new FrontendFileProfiles(withPlaceholders, uids)
          .check(profiles, (file, problem) -> report(diagnostics, file, problem));
    }
  }

  /**
   * A hand-written app function needs what an annotated one does: {@code
   * app/functions/package.json} (HS-FUNCTION-PACKAGE-JSON checks the annotated ones), and the uid
   * HubSpot's parser gives the functions' package free.
   */
  private void checkFunction(HsMetaFile file, String packageOwner, Diagnostics diagnostics) {
    if (!frontend.isFile(FunctionPackageJsonRule.PACKAGE_JSON)) {
      report(
          diagnostics,
          file,
          "is an app function, and HubSpot's parser requires "
              + FunctionPackageJsonRule.PACKAGE_JSON
              + " beside it, which the front-end folder lacks");
    }
    if (packageOwner != null) {
      report(
          diagnostics,
          file,
          "is an app function, so HubSpot's parser adds the functions' package with uid "
              + Quote.of(FUNCTIONS_PACKAGE_UID)
              + ", which is already the uid of "
              + packageOwner);
    }
  }

  /** What HubSpot's parser refuses in a uid, to follow it; null when it takes it. */
  static String uidProblem(String uid) {
    if (uid.isEmpty() || uid.length() > MAX_UID_LENGTH) {
      return " of " + uid.length() + " characters; a uid has 1 to " + MAX_UID_LENGTH;
    }
    return UID.matcher(uid).matches()
        ? null
        : ", which may use only letters, digits, '_', '.' and '-'";
  }

  private void checkKeys(HsMetaFile file, Diagnostics diagnostics) {
    List<String> unexpected = new ArrayList<>();
    for (String key : file.members().keySet()) {
      if (!TOP_LEVEL_KEYS.contains(key)) {
        unexpected.add(Quote.of(key) + Suggestions.didYouMean(key, TOP_LEVEL_KEYS));
      }
    }
    if (!unexpected.isEmpty()) {
      report(
          diagnostics,
          file,
          "has top-level keys HubSpot's parser does not allow: "
              + String.join(", ", unexpected)
              + "; allowed are uid, type, config, dependencies and permissions");
    }
  }

  /**
   * The uid's own rules, then uniqueness against the annotated components and the files read before
   * this one.
   */
  private void checkUid(HsMetaFile file, Map<String, String> uids, Diagnostics diagnostics) {
    Kind kind = file.members().get("uid");
    String uid = file.strings().get("uid");
    if (kind != Kind.STRING) {
      report(diagnostics, file, kind == null ? "has no uid" : "has a uid that is not a string");
      return;
    }
    if (uid.contains("${")) {
      return; // a profile variable: checked in each profile (FrontendFileProfiles)
    }
    String problem = uidProblem(uid);
    if (problem != null) {
      report(diagnostics, file, "has uid " + Quote.of(uid) + problem);
    }
    String owner = uids.putIfAbsent(uid, file.path());
    if (owner != null) {
      report(
          diagnostics,
          file,
          "has uid "
              + Quote.of(uid)
              + ", which is already the uid of "
              + owner
              + "; uids must be unique in the project");
    }
  }

  private void checkType(
      HsMetaFile file, Map<String, List<String>> singles, Diagnostics diagnostics) {
    Kind kind = file.members().get("type");
    if (kind != Kind.STRING) {
      report(diagnostics, file, kind == null ? "has no type" : "has a type that is not a string");
      return;
    }
    String written = file.strings().get("type");
    String type = ParserComponents.normalize(written);
    ParserComponents.Component component = ParserComponents.of(type);
    if (component == null) {
      if (!type.equals(ParserComponents.SERVERLESS_PACKAGE)) {
        report(
            diagnostics,
            file,
            "has type "
                + Quote.of(written)
                + ", which is not a HubSpot component type"
                + Suggestions.didYouMean(written, ParserComponents.types()));
      }
      return;
    }
    if (!component.folder().equals(file.folder())) {
      report(
          diagnostics,
          file,
          "has type "
              + Quote.of(written)
              + ", whose files belong in "
              + component.folder()
              + "/, not in "
              + (file.folder().isEmpty() ? "the top of the source folder" : file.folder() + "/"));
    }
    if (component.singular()) {
      List<String> declared = singles.computeIfAbsent(type, key -> new ArrayList<>());
      if (!declared.isEmpty()) {
        report(
            diagnostics,
            file,
            "is a second "
                + Quote.of(type)
                + " component; a project has only one, and "
                + String.join(", ", declared)
                + " already declares it");
      }
      declared.add(file.path());
    }
  }

  private void checkConfig(HsMetaFile file, PlatformVersion version, Diagnostics diagnostics) {
    if (file.members().get("config") != Kind.OBJECT) {
      report(
          diagnostics,
          file,
          file.members().containsKey("config")
              ? "has a config that is not a JSON object"
              : "has no config");
    }
    // HubSpot's parser refuses permissions only where they are truthy (validation.js).
    if (file.truthy("permissions")
        && version != null
        && !version.isAtLeast(PlatformVersion.V2026_09_BETA)) {
      report(
          diagnostics,
          file,
          "has permissions, which HubSpot's parser allows from platformVersion 2026.09-beta"
              + " on; this project's platformVersion is "
              + version.json());
    }
  }

  /** The uids of the annotated components, each with what declares it. */
  private static Map<String, String> declaredUids(HubSpotProject project) {
    Map<String, String> uids = new LinkedHashMap<>();
    for (App app : project.apps()) {
      if (app.uid().isPresent()) {
        uids.putIfAbsent(app.uid().value(), "the app declared on " + app.origin().element());
      }
    }
    for (Feature feature : project.features()) {
      if (feature.uid().isPresent()) {
        uids.putIfAbsent(
            feature.uid().value(), feature.type().annotation() + " " + feature.origin().element());
      }
    }
    return uids;
  }

  /** The single-instance components the annotations declare, by the parser's type. */
  private static Map<String, List<String>> declaredSingles(HubSpotProject project) {
    Map<String, List<String>> singles = new LinkedHashMap<>();
    for (App app : project.apps()) {
      singles
          .computeIfAbsent("app", key -> new ArrayList<>())
          .add("@HubSpotApp " + app.origin().element());
    }
    for (Feature feature : project.features()) {
      if (feature.type().singular()) {
        singles
            .computeIfAbsent(
                ParserComponents.normalize(feature.type().json()), key -> new ArrayList<>())
            .add(feature.type().annotation() + " " + feature.origin().element());
      }
    }
    return singles;
  }

  private static String type(HsMetaFile file) {
    String type = file.strings().get("type");
    return type == null ? null : ParserComponents.normalize(type);
  }

  private void report(Diagnostics diagnostics, HsMetaFile file, String problem) {
    diagnostics.report(
        RuleId.FRONTEND_HSMETA,
        null,
        "front-end file "
            + frontend.root().resolve(file.path())
            + " "
            + problem
            + "; it is copied into the project as it is: fix it, or declare the component with its annotation"
            + " and delete the file");
  }
}
