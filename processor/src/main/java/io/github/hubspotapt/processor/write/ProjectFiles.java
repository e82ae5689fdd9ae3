package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Permissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders a validated project into its files: project-relative path to content. Key order follows
 * HubSpot's own templates (hubspot-project-components), so generated files diff cleanly against
 * them; what goes into each file's {@code config} is the business of its component ({@link
 * Configs}).
 */
public final class ProjectFiles {

  /** The {@code type} value of the app's file. */
  public static final String APP_TYPE = "app";

  /** The app's file in {@code src/app/} unless the team chose another name. */
  public static final String APP_FILE = APP_TYPE + ProjectLayout.METAFILE_SUFFIX;

  private final HubSpotJson json;
  private final Configs configs;

  public ProjectFiles(HubSpotJson json, Configs configs) {
    this.json = json;
    this.configs = configs;
  }

  /**
   * Every file of the project but the profiles' and the front-end folder's; {@code featurePaths}
   * are {@link #featurePaths} of the project's features.
   */
  public SortedMap<String, byte[]> render(
      App app, HubSpotProject project, List<String> featurePaths) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    ConfigContext context = new ConfigContext(json, app.platformVersion().value(), project);
    files.put(ProjectLayout.PROJECT_FILE, utf8(configs.project(app, context)));
    files.put(appPath(app), utf8(envelope(app.uid().value(), APP_TYPE, configs.app(app, context))));
    files.putAll(renderFeatures(app, project, project.features(), featurePaths));
    return files;
  }

  /**
   * The files of {@code features}, features of {@code project}, at {@code paths}: a partial
   * compilation renders only those a change reaches ({@code cache.ProjectDelta}).
   */
  public SortedMap<String, byte[]> renderFeatures(
      App app, HubSpotProject project, List<Feature> features, List<String> paths) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    ConfigContext context = new ConfigContext(json, app.platformVersion().value(), project);
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      JsonObject file =
          envelope(feature.uid().value(), feature.type().json(), configs.feature(feature, context));
      putPermissions(file, feature.file().permissions());
      files.put(paths.get(i), utf8(file));
    }
    return files;
  }

  /**
   * Whether the file of a feature of {@code type} reads features of the {@code changed} types
   * ({@link #reads}).
   */
  public static boolean readsChanged(ComponentType type, Set<ComponentType> changed) {
    return !Collections.disjoint(reads(type), changed);
  }

  /**
   * The component types whose features the file of a feature of {@code type} reads besides its own:
   * the webhooks file lists every webhook subscription, an association names its app objects by
   * their uids ({@link ConfigContext#project}); every other file reads its own feature only.
   */
  private static Set<ComponentType> reads(ComponentType type) {
    return type == ComponentType.WEBHOOKS
        ? EnumSet.of(ComponentType.WEBHOOKS)
        : type == ComponentType.APP_OBJECT_ASSOCIATION
            ? EnumSet.of(ComponentType.APP_OBJECT)
            : EnumSet.noneOf(ComponentType.class);
  }

  /**
   * The component types whose every feature a partial compilation that changed the features of
   * {@code changed} types renders from: the files rendered again besides the changed ones ({@link
   * #readsChanged}), and what they and the changed ones read ({@link #reads}).
   */
  public static Set<ComponentType> readBy(Set<ComponentType> changed) {
    Set<ComponentType> types = EnumSet.noneOf(ComponentType.class);
    for (ComponentType type : ComponentType.values()) {
      if (readsChanged(type, changed)) {
        types.add(type);
        types.addAll(reads(type));
      }
    }
    for (ComponentType type : changed) {
      types.addAll(reads(type));
    }
    return types;
  }

  /**
   * Whether {@code after}'s features, put in the place of {@code before}'s (lists of one length),
   * leave every file where {@link #featurePaths} put it: each has the type, chosen name, name and
   * uid of the one at its place.
   */
  public static boolean sameNames(List<Feature> before, List<Feature> after) {
    return FileNames.sameInputs(before, after);
  }

  /**
   * The paths {@link #render} writes, without rendering: {@code hsproject.json}, the app's file and
   * each feature's.
   */
  public static List<String> paths(App app, HubSpotProject project) {
    List<String> paths = new ArrayList<>();
    paths.add(ProjectLayout.PROJECT_FILE);
    paths.add(appPath(app));
    paths.addAll(featurePaths(app, project.features()));
    return paths;
  }

  private static String appPath(App app) {
    return inSrcDir(app, "app/" + appFileName(app));
  }

  /**
   * The path of each feature's file, in the features' order; {@code features} are all of the
   * project's, as a file's name depends on the others of its folder.
   */
  public static List<String> featurePaths(App app, List<Feature> features) {
    String appDir = inSrcDir(app, "app/");
    List<String> names = FileNames.of(features);
    List<String> paths = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      paths.add(appDir + features.get(i).type().folder() + "/" + names.get(i));
    }
    return paths;
  }

  /**
   * The project path of {@code path} below the app's srcDir. The folder is written as HubSpot's
   * parser resolves the srcDir ({@code ./src} and {@code src/} are {@code src}), while {@code
   * hsproject.json} keeps the user's text, which HubSpot reads the same way. A srcDir the rules
   * refused (its severity lowered) is used as written, and the writers then refuse its paths.
   */
  public static String inSrcDir(App app, String path) {
    String srcDir = app.srcDir().value();
    String folder = RelativePath.normalize(srcDir);
    // An unreadable srcDir (null) never gets here: a project with an unreadable value is not
    // written.
    String base = folder != null ? folder : srcDir == null ? "" : srcDir;
    return base.isEmpty() ? path : base + "/" + path;
  }

  /** The name of the app's file: the one the team chose, else {@link #APP_FILE}. */
  public static String appFileName(App app) {
    String chosen = app.fileName().value();
    return chosen == null || chosen.isEmpty() ? APP_FILE : chosen;
  }

  /**
   * {@code permissions} after {@code config}, where HubSpot's parser reads it, with the three lists
   * in the order of {@code config.auth}; left out when no list has a scope, as most components have
   * none.
   */
  private void putPermissions(JsonObject file, Permissions permissions) {
    if (permissions.isEmpty()) {
      return;
    }
    JsonObject node = file.putObject("permissions");
    node.putStrings("requiredScopes", permissions.requiredScopes());
    node.putStrings("optionalScopes", permissions.optionalScopes());
    node.putStrings("conditionallyRequiredScopes", permissions.conditionallyRequiredScopes());
  }

  private byte[] utf8(JsonObject node) {
    return json.render(node).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code uid}, {@code type}, {@code config}: the envelope every {@code *-hsmeta.json} shares, in
   * HubSpot's order.
   */
  private JsonObject envelope(String uid, String type, JsonObject config) {
    JsonObject node = json.object();
    node.put("uid", uid);
    node.put("type", type);
    node.set("config", config);
    return node;
  }
}
