package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.Auth;
import io.github.hubspotapt.processor.model.AuthType;
import io.github.hubspotapt.processor.model.Feature;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.PermittedUrls;
import io.github.hubspotapt.processor.model.Support;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Renders a validated project into its files: project-relative path to content. Key order follows HubSpot's own
 * templates (hubspot-project-components), so generated files diff cleanly against them.
 */
public final class ProjectFiles {

  public static final String PROJECT_FILE = "hsproject.json";

  private final HubSpotJson json;

  public ProjectFiles(HubSpotJson json) {
    this.json = json;
  }

  public SortedMap<String, byte[]> render(App app, HubSpotProject project) {
    List<Feature> features = project.features();
    SortedMap<String, byte[]> files = new TreeMap<>();
    String appDir = inSrcDir(app, "app/");
    files.put(PROJECT_FILE, utf8(project(app)));
    files.put(appDir + "app-hsmeta.json", utf8(envelope(app.uid().value(), "app", appConfig(app))));
    FeatureConfigs configs = new FeatureConfigs(json, app.platformVersion().value(), project);
    List<String> names = FileNames.of(features);
    for (int i = 0; i < features.size(); i++) {
      Feature feature = features.get(i);
      JsonObject file = envelope(feature.uid().value(), feature.type().json(), configs.config(feature));
      files.put(appDir + feature.type().folder() + "/" + names.get(i), utf8(file));
    }
    return files;
  }

  /**
   * The project path of {@code path} below the app's srcDir. The folder is written as HubSpot's parser resolves the
   * srcDir ({@code ./src} and {@code src/} are {@code src}), while {@code hsproject.json} keeps the user's text, which
   * HubSpot reads the same way. A srcDir the rules refused (its severity lowered) is used as written, and the
   * writers then refuse its paths.
   */
  public static String inSrcDir(App app, String path) {
    String srcDir = app.srcDir().value();
    String folder = RelativePath.normalize(srcDir);
    // An unreadable srcDir (null) never gets here: a project with an unreadable value is not written.
    String base = folder != null ? folder : srcDir == null ? "" : srcDir;
    return base.isEmpty() ? path : base + "/" + path;
  }

  private byte[] utf8(JsonObject node) {
    return json.render(node).getBytes(StandardCharsets.UTF_8);
  }

  private JsonObject project(App app) {
    JsonObject project = json.object();
    project.put("name", app.effectiveProjectName());
    project.put("srcDir", app.srcDir().value());
    project.put("platformVersion", app.platformVersion().value().json());
    return project;
  }

  private JsonObject appConfig(App app) {
    JsonObject config = json.object();
    config.put("description", app.description().value());
    config.put("name", app.name().value());
    config.put("distribution", app.distribution().value().json());
    config.set("auth", auth(app.auth()));
    config.set("permittedUrls", permittedUrls(app.permittedUrls()));
    if (!app.support().isEmpty()) {
      config.set("support", support(app.support()));
    }
    return config;
  }

  private JsonObject auth(Auth auth) {
    JsonObject node = json.object();
    node.put("type", auth.type().value().json());
    // Static apps have no install redirect; HubSpot's static templates leave the key out.
    if (auth.type().value() == AuthType.OAUTH) {
      node.set("redirectUrls", json.strings(values(auth.redirectUrls())));
    }
    node.set("requiredScopes", json.strings(values(auth.requiredScopes())));
    node.set("optionalScopes", json.strings(values(auth.optionalScopes())));
    node.set("conditionallyRequiredScopes", json.strings(values(auth.conditionallyRequiredScopes())));
    return node;
  }

  private JsonObject permittedUrls(PermittedUrls urls) {
    JsonObject node = json.object();
    node.set("fetch", json.strings(values(urls.fetch())));
    node.set("iframe", json.strings(values(urls.iframe())));
    node.set("img", json.strings(values(urls.img())));
    return node;
  }

  private JsonObject support(Support support) {
    JsonObject node = json.object();
    putIfSet(node, "supportEmail", support.supportEmail());
    putIfSet(node, "documentationUrl", support.documentationUrl());
    putIfSet(node, "supportUrl", support.supportUrl());
    putIfSet(node, "supportPhone", support.supportPhone());
    return node;
  }

  /** {@code uid}, {@code type}, {@code config}: the envelope every {@code *-hsmeta.json} shares, in HubSpot's order. */
  private JsonObject envelope(String uid, String type, JsonObject config) {
    JsonObject node = json.object();
    node.put("uid", uid);
    node.put("type", type);
    node.set("config", config);
    return node;
  }

  private static void putIfSet(JsonObject node, String key, Located<String> value) {
    if (value.value() != null && !value.value().isEmpty()) {
      node.put(key, value.value());
    }
  }

  private static List<String> values(List<Located<String>> located) {
    return located.stream().map(Located::value).toList();
  }
}
