package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small HubSpot project written into a folder for the importer tests: hsproject.json, an app,
 * components.
 */
final class TestProject {

  static final String APP =
      """
      {
        "uid": "acme_app",
        "type": "app",
        "config": {
          "description": "Acme's app.",
          "name": "Acme",
          "distribution": "marketplace",
          "auth": {
            "type": "oauth",
            "redirectUrls": ["https://acme.example/oauth"],
            "requiredScopes": ["oauth", "timeline", "crm.objects.contacts.read"],
            "optionalScopes": [],
            "conditionallyRequiredScopes": []
          },
          "permittedUrls": {"fetch": [], "iframe": [], "img": []}
        }
      }
      """;

  private static final Pattern RULE_ID = Pattern.compile("HS-[A-Z0-9-]+");

  private final Path dir;

  private TestProject(Path dir) {
    this.dir = dir;
  }

  /**
   * A project on {@code platformVersion} with the marketplace app above, in {@code
   * dir/hubspot-project}.
   */
  static TestProject of(Path dir, String platformVersion) throws IOException {
    TestProject project = new TestProject(dir.resolve("hubspot-project"));
    project.file(
        "hsproject.json",
        "{\"name\": \"Acme\", \"srcDir\": \"src\", \"platformVersion\": \""
            + platformVersion
            + "\"}");
    project.file("src/app/app-hsmeta.json", APP);
    return project;
  }

  static TestProject of(Path dir) throws IOException {
    return of(dir, "2026.03");
  }

  /**
   * A project on 2026.03 whose app is private with static auth, as functions, telemetry and SCIM
   * need.
   */
  static TestProject ofPrivateApp(Path dir) throws IOException {
    return of(dir)
        .file(
            "src/app/app-hsmeta.json",
            APP.replace("marketplace", "private")
                .replace("\"type\": \"oauth\"", "\"type\": \"static\"")
                .replace("\"redirectUrls\": [\"https://acme.example/oauth\"],", ""));
  }

  Path dir() {
    return dir;
  }

  /** Writes {@code path} (relative to the project folder). */
  TestProject file(String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return this;
  }

  /**
   * A component file {@code src/app/<folder>/<name>-hsmeta.json} of {@code type} with {@code
   * config}.
   */
  TestProject component(String folder, String uid, String type, String config) throws IOException {
    return file(
        "src/app/" + folder + "/" + uid + "-hsmeta.json",
        "{\"uid\": \"" + uid + "\", \"type\": \"" + type + "\", \"config\": " + config + "}");
  }

  ImportResult read() throws ImportException {
    return new ProjectImport(dir, "com.acme", ProfileTarget.ANNOTATIONS).read();
  }

  /** The source of the class {@code simpleName}, imported with no findings. */
  String source(String simpleName) throws ImportException {
    ImportResult result = read();
    assertEquals(List.of(), result.findings());
    return source(result, simpleName);
  }

  static String source(ImportResult result, String simpleName) {
    return result.sources().stream()
        .filter(s -> s.typeSpec().name().equals(simpleName))
        .findFirst()
        .map(JavaFile::toString)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no class "
                        + simpleName
                        + " among "
                        + result.sources().stream()
                            .map(s -> s.typeSpec().name())
                            .collect(Collectors.joining(", "))));
  }

  /** The findings as {@code file path} strings. */
  List<String> findings() throws ImportException {
    return read().findings().stream().map(f -> f.file() + " " + f.jsonPath()).toList();
  }

  /**
   * Imports, compiles the sources with the processor, and asserts that every component file comes
   * back under its name with the same JSON (keys, order, values), and that the compilation warns
   * with exactly {@code warnings} (rule ids), none by default.
   */
  void assertRoundTrips(Path work, String... warnings) throws Exception {
    ImportResult result = read();
    assertEquals(List.of(), result.findings());
    new ImportWriter(work.resolve("java"), work.resolve("hubspot")).write(result);
    Path written = work.resolve("project");
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(work.resolve("java"), null, written, work.resolve("build"));
    assertTrue(compiled.success(), compiled.output());
    assertEquals(
        new TreeSet<>(List.of(warnings)),
        RULE_ID
            .matcher(compiled.output())
            .results()
            .map(MatchResult::group)
            .collect(Collectors.toCollection(TreeSet::new)),
        compiled.output());
    List<String> differences =
        ProjectDiff.of(dir, written).stream().filter(d -> !d.endsWith(": formatting")).toList();
    assertEquals(List.of(), differences);
  }
}
