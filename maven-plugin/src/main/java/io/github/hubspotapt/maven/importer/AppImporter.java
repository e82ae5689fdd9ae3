package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.AppConfig.AUTH_KEY;
import static io.github.hubspotapt.processor.declaration.AppConfig.AUTH_TYPE;
import static io.github.hubspotapt.processor.declaration.AppConfig.CONDITIONALLY_REQUIRED_SCOPES;
import static io.github.hubspotapt.processor.declaration.AppConfig.NAME;
import static io.github.hubspotapt.processor.declaration.AppConfig.OPTIONAL_SCOPES;
import static io.github.hubspotapt.processor.declaration.AppConfig.PLATFORM_VERSION;
import static io.github.hubspotapt.processor.declaration.AppConfig.PROJECT_NAME;
import static io.github.hubspotapt.processor.declaration.AppConfig.REDIRECT_URLS;
import static io.github.hubspotapt.processor.declaration.AppConfig.REQUIRED_SCOPES;
import static io.github.hubspotapt.processor.declaration.AppConfig.SRC_DIR;

import com.palantir.javapoet.AnnotationSpec;
import io.github.hubspotapt.AuthType;
import io.github.hubspotapt.PlatformVersion;
import io.github.hubspotapt.processor.declaration.AppConfig;
import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code app} and {@code hsproject.json}: one class with {@code @HubSpotApp} (with
 * {@code @PermittedUrls} and {@code @Support}), {@code @Auth} and the project's {@code @Profile}s,
 * written back by {@link AppConfig}. Code rather than declaration: the uid and file name (the
 * envelope's), the project name (only when it is not the app's), the platform version's spelling,
 * and a static app's redirect URLs, which the processor does not write.
 */
final class AppImporter implements ComponentImporter {

  private final JsonFields project;

  /**
   * @param project hsproject.json
   */
  AppImporter(JsonFields project) {
    this.project = project;
  }

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    Annotation app =
        Annotation.of(AppConfig.APP.annotation()).string(ComponentDeclaration.UID, file.uid());
    ComponentAnnotation.fileName(app, file, ComponentDeclaration.FILE_NAME, ProjectFiles.APP_FILE);
    DeclaredMembers members =
        DeclaredMembers.of(AppConfig.APP, config, context.vocabulary(), app).all();
    config.require(AUTH_KEY, "@" + AppConfig.AUTH.annotation());
    readProject(members, config.peekString(NAME.key()));
    Annotation auth = Annotation.of(AppConfig.AUTH.annotation());
    config
        .object(AUTH_KEY)
        .ifPresent(
            fields -> {
              DeclaredMembers declared =
                  DeclaredMembers.of(AppConfig.AUTH, fields, context.vocabulary(), auth);
              declared.add(AUTH_TYPE);
              // Written for OAuth apps only: a static app's are refused, as they cannot come back.
              if (AuthType.STATIC.name().equalsIgnoreCase(fields.peekString(AUTH_TYPE.key()))
                  && fields.has(REDIRECT_URLS.key())) {
                fields.strings(REDIRECT_URLS.key());
                fields.refuse(
                    REDIRECT_URLS.key(),
                    "a static-auth app has no install redirect, and the processor writes"
                        + " redirectUrls for OAuth apps only");
              } else {
                declared.add(REDIRECT_URLS);
              }
              declared.add(REQUIRED_SCOPES).add(OPTIONAL_SCOPES).add(CONDITIONALLY_REQUIRED_SCOPES);
            });
    List<AnnotationSpec> annotations = new ArrayList<>(List.of(app.build(), auth.build()));
    annotations.addAll(context.profiles());
    context.addFeature(file, config.peekString(NAME.key()), "App", annotations);
  }

  /**
   * hsproject.json: the project name when it is not the app's name, the platform version and
   * srcDir.
   */
  private void readProject(DeclaredMembers app, String appName) {
    String projectName = project.string(PROJECT_NAME.key());
    if (projectName != null && !projectName.equals(appName)) {
      app.annotation().string(PROJECT_NAME.member(), projectName);
    }
    String version = project.string(PLATFORM_VERSION.key());
    if (version != null) {
      String constant = "V" + version.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
      if (Arrays.stream(PlatformVersion.values()).anyMatch(v -> v.name().equals(constant))) {
        if (!constant.equals(((Enum<?>) app.defaultOf(PLATFORM_VERSION)).name())) {
          app.annotation()
              .constant(PLATFORM_VERSION.member(), PlatformVersion.class.getSimpleName(), constant);
        }
      } else {
        project.refuse(
            PLATFORM_VERSION.key(),
            "platform version "
                + version
                + " has no *-hsmeta.json files or is newer"
                + " than hubspot-apt's PlatformVersion (2025.2 to 2027.03)");
      }
    }
    app.in(project).add(SRC_DIR);
  }
}
