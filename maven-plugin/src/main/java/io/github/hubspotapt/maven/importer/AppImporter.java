package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.Distribution;
import io.github.hubspotapt.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code app} and {@code hsproject.json}: one class with {@code @HubSpotApp} (with
 * {@code @PermittedUrls} and {@code @Support}), {@code @Auth} and the project's {@code @Profile}s,
 * as the processor writes these files from that class.
 */
final class AppImporter implements ComponentImporter {

  private static final List<String> PLATFORM_VERSIONS =
      List.of(
          "V2025_2",
          "V2026_03_BETA",
          "V2026_03",
          "V2026_09_BETA",
          "V2026_09",
          "V2027_03_BETA",
          "V2027_03");

  /** The app file's name when {@code @HubSpotApp(fileName)} is empty. */
  private static final String APP_FILE = "app-hsmeta.json";

  private final JsonFields project;

  /**
   * @param project hsproject.json
   */
  AppImporter(JsonFields project) {
    this.project = project;
  }

  @Override
  public void read(ComponentFile file, ImportContext context) {
    JsonFields config = file.config();
    String name = config.string("name");
    Annotation app =
        Annotation.of("HubSpotApp")
            .string("uid", file.uid())
            .string("fileName", file.fileName(), APP_FILE)
            .string("name", name)
            .string("description", config.string("description"));
    config.require("distribution", "@HubSpotApp(distribution)");
    config.require("auth", "@Auth");
    EnumValue.read(config, "distribution", config.string("distribution"), Distribution.class)
        .ifPresent(distribution -> app.constant("distribution", "Distribution", distribution));
    app.string("logo", config.nonEmptyString("logo"), "")
        .bool("userLevel", config.trueOnly("isUserLevel"), false);
    config
        .object("permittedUrls")
        .ifPresent(
            urls ->
                app.annotations(
                    "permittedUrls",
                    nonEmpty(
                        Annotation.of("PermittedUrls")
                            .strings("fetch", urls.strings("fetch"), false)
                            .strings("iframe", urls.strings("iframe"), false)
                            .strings("img", urls.strings("img"), false))));
    config
        .nonEmptyObject("support")
        .ifPresent(
            support ->
                app.annotations(
                    "support",
                    nonEmpty(
                        Annotation.of("Support")
                            .string("supportEmail", support.nonEmptyString("supportEmail"), "")
                            .string(
                                "documentationUrl", support.nonEmptyString("documentationUrl"), "")
                            .string("supportUrl", support.nonEmptyString("supportUrl"), "")
                            .string("supportPhone", support.nonEmptyString("supportPhone"), ""))));
    readProject(app, name);
    Annotation auth = Annotation.of("Auth");
    config
        .object("auth")
        .ifPresent(
            fields -> {
              fields.require("type", "@Auth(type)");
              Optional<String> type =
                  EnumValue.read(fields, "type", fields.string("type"), AuthType.class);
              type.ifPresent(constant -> auth.constant("type", "AuthType", constant));
              List<String> redirectUrls = fields.strings("redirectUrls");
              if (type.equals(Optional.of(AuthType.STATIC.name())) && fields.has("redirectUrls")) {
                fields.refuse(
                    "redirectUrls",
                    "a static-auth app has no install redirect, and the processor writes"
                        + " redirectUrls for OAuth apps only");
                redirectUrls = List.of();
              }
              auth.strings("redirectUrls", redirectUrls, false)
                  .words(
                      "requiredScopes",
                      fields.strings("requiredScopes"),
                      true,
                      Scopes.class,
                      context.vocabulary())
                  .words(
                      "optionalScopes",
                      fields.strings("optionalScopes"),
                      false,
                      Scopes.class,
                      context.vocabulary())
                  .words(
                      "conditionallyRequiredScopes",
                      fields.strings("conditionallyRequiredScopes"),
                      false,
                      Scopes.class,
                      context.vocabulary());
            });
    List<AnnotationSpec> annotations = new ArrayList<>(List.of(app.build(), auth.build()));
    annotations.addAll(context.profiles());
    context.addFeature(file, name, "App", annotations);
  }

  /**
   * hsproject.json: the project name when it is not the app's name, the platform version and
   * srcDir.
   */
  private void readProject(Annotation app, String appName) {
    String projectName = project.string("name");
    if (projectName != null && !projectName.equals(appName)) {
      app.string("projectName", projectName);
    }
    String version = project.string("platformVersion");
    if (version != null) {
      String constant = "V" + version.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      if (PLATFORM_VERSIONS.contains(constant)) {
        if (!constant.equals("V2026_03")) {
          app.constant("platformVersion", "PlatformVersion", constant);
        }
      } else {
        project.refuse(
            "platformVersion",
            "platform version "
                + version
                + " has no *-hsmeta.json files or is newer"
                + " than hubspot-apt's PlatformVersion (2025.2 to 2027.03)");
      }
    }
    app.string("srcDir", project.string("srcDir"), "src");
  }

  /** A nested annotation whose members are all defaults is left out, as a user would. */
  private static List<AnnotationSpec> nonEmpty(Annotation nested) {
    AnnotationSpec spec = nested.build();
    return spec.members().isEmpty() ? List.of() : List.of(spec);
  }
}
