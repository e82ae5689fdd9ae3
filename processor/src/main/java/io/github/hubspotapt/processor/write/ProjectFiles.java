package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Permissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  public SortedMap<String, byte[]> render(App app, HubSpotProject project) {
    return render(app, project, null, Set.of());
  }

  /**
   * As {@link #render(App, HubSpotProject)}, for a project that differs from the previous
   * compilation's, which wrote the files now on disk, only in the features of the {@code changed}
   * types ({@code cache.ProjectDelta}); {@code previous} are that compilation's features, the same
   * objects where they did not change. A file the previous compilation wrote the same maps to null
   * instead of its content: {@code hsproject.json} and the app's file (the app is the previous
   * one), and each feature's whose feature is the previous one at the same place, with the same
   * path, and whose config reads no feature of a changed type ({@link #readsChanged}).
   */
  @SuppressWarnings("ReferenceEquality") // the same object: a feature of a type that did not change
  public SortedMap<String, byte[]> render(
      App app, HubSpotProject project, List<Feature> previous, Set<ComponentType> changed) {
    List<Feature> features = project.features();
    SortedMap<String, byte[]> files = new TreeMap<>();
    ConfigContext context = new ConfigContext(json, app.platformVersion().value(), project);
    boolean appWritten = previous != null;
    files.put(ProjectLayout.PROJECT_FILE, appWritten ? null : utf8(configs.project(app, context)));
    files.put(
        appPath(app),
        appWritten ? null : utf8(envelope(app.uid().value(), APP_TYPE, configs.app(app, context))));
    List<String> paths = featurePaths(app, features);
    List<String> previousPaths =
        previous == null || previous.size() != features.size()
            ? null
            : FileNames.sameInputs(previous, features) ? paths : featurePaths(app, previous);
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      if (previousPaths != null
          && previous.get(i) == feature
          && previousPaths.get(i).equals(paths.get(i))
          && !readsChanged(feature.type(), changed)) {
        files.put(paths.get(i), null);
        continue;
      }
      JsonObject file =
          envelope(feature.uid().value(), feature.type().json(), configs.feature(feature, context));
      putPermissions(file, feature.file().permissions());
      files.put(paths.get(i), utf8(file));
    }
    return files;
  }

  /**
   * Whether the config of a feature of {@code type} reads features of the {@code changed} types:
   * the webhooks file lists every webhook subscription, an association names its app objects by
   * their uids ({@link ConfigContext#project}); every other config reads its own feature only.
   */
  private static boolean readsChanged(ComponentType type, Set<ComponentType> changed) {
    return type == ComponentType.WEBHOOKS
        ? changed.contains(ComponentType.WEBHOOKS)
        : type == ComponentType.APP_OBJECT_ASSOCIATION
            && changed.contains(ComponentType.APP_OBJECT);
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

  /** The path of each feature's file, in the features' order. */
  private static List<String> featurePaths(App app, List<Feature> features) {
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
