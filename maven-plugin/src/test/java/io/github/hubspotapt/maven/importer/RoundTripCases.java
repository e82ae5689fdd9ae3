package io.github.hubspotapt.maven.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The projects the round trip imports: every official template the repository carries (the
 * processor's test data, hubspot-project-components at the commit its SOURCES.md names, every
 * platform version) and the example app's golden output with its front-end files (its two profiles,
 * and {@code ${BASE_URL}} in config strings, too). A template of one component becomes a project
 * the way {@code hs project add} makes one: the version's default hsproject.json, an app template
 * of that version, the component.
 */
final class RoundTripCases {

  static final Path SAMPLES =
      Path.of("..", "processor", "src", "test", "resources", "hubspot-samples");
  static final Path TEMPLATES = SAMPLES.resolve("hubspot-project-components");
  private static final Path EXAMPLE = Path.of("..", "example-app", "src");
  private static final List<String> VERSIONS =
      List.of("2025.2", "2026.03-beta", "2026.03", "2026.09-beta");

  /** Components that need a private app (functions, SCIM); the others get the marketplace app. */
  private static final List<String> PRIVATE_ONLY =
      List.of("functions", "functions-private", "functions-endpoint", "scim");

  /** A project to import: its name in the differences list, and its folder. */
  record Case(String name, Path projectDir) {}

  private RoundTripCases() {}

  static List<Case> all(Path work) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String version : VERSIONS) {
      Path templates = TEMPLATES.resolve(version);
      cases.add(
          new Case(
              version + "/private-app-get-started-template",
              templates.resolve("private-app-get-started-template")));
      for (Path component : folders(templates.resolve("components"))) {
        String name = component.getFileName().toString();
        if (name.equals("app")) {
          for (Path app : folders(component)) {
            cases.add(
                assemble(work, version + "/components/app/" + app.getFileName(), templates, app));
          }
        } else {
          String app = PRIVATE_ONLY.contains(name) ? "static-private" : "oauth-marketplace";
          Path project =
              assemble(
                      work,
                      version + "/components/" + name,
                      templates,
                      templates.resolve("components/app/" + app))
                  .projectDir();
          copy(component.resolve("src"), project.resolve("src"));
          if (name.equals("app-events")) {
            addTimelineScope(project.resolve("src/app/app-hsmeta.json"));
          }
          cases.add(new Case(version + "/components/" + name, project));
        }
      }
    }
    for (Path project : folders(TEMPLATES.resolve("projects"))) {
      cases.add(new Case("projects/" + project.getFileName(), project));
    }
    Path telemetry =
        assemble(
                work,
                "community/telemetry",
                TEMPLATES.resolve("2026.03"),
                TEMPLATES.resolve("2026.03/components/app/static-private"))
            .projectDir();
    copy(
        SAMPLES.resolve("community/dennisedson-hubspot-central-brain/src"),
        telemetry.resolve("src"));
    cases.add(new Case("community/telemetry", telemetry));
    cases.add(example(work, "example-app/hubspot-project", "main"));
    cases.add(example(work, "example-app/hubspot-project-internal", "internal"));
    return cases;
  }

  /** The version's default hsproject.json and an app template's src. */
  private static Case assemble(Path work, String name, Path templates, Path app)
      throws IOException {
    Path project = Files.createDirectories(work.resolve(name));
    Files.copy(templates.resolve("defaultFiles/hsproject.json"), project.resolve("hsproject.json"));
    copy(app.resolve("src"), project.resolve("src"));
    return new Case(name, project);
  }

  /** The example app's golden project with the front-end files the processor copies beside it. */
  private static Case example(Path work, String name, String sourceSet) throws IOException {
    Path project = Files.createDirectories(work.resolve(name));
    copy(
        EXAMPLE.resolve("test/resources/golden").resolve(name.substring("example-app/".length())),
        project);
    copy(EXAMPLE.resolve(sourceSet).resolve("hubspot"), project.resolve("src"));
    return new Case(name, project);
  }

  /**
   * App events need the {@code timeline} scope (HS-APP-EVENT-SCOPE), which no app template has: it
   * is added to the marketplace app's required scopes, so that the app-event template round-trips
   * at all.
   */
  private static void addTimelineScope(Path app) throws IOException {
    String json = Files.readString(app);
    String scopes = "\"requiredScopes\": [";
    if (!json.contains(scopes)) {
      throw new AssertionError("no requiredScopes in " + app);
    }
    Files.writeString(app, json.replace(scopes, scopes + "\"timeline\", "));
  }

  private static List<Path> folders(Path parent) throws IOException {
    try (Stream<Path> list = Files.list(parent)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              file -> {
                try {
                  Path target = to.resolve(from.relativize(file).toString());
                  Files.createDirectories(target.getParent());
                  Files.copy(file, target);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
