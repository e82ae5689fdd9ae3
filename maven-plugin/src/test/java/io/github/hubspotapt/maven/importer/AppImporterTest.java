package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppImporterTest {

  @TempDir Path dir;

  @Test
  void appAndProjectFileBecomeHubSpotAppAndAuth() throws Exception {
    TestProject project =
        TestProject.of(dir, "2026.09-beta")
            .file(
                "hsproject.json",
                "{\"name\": \"acme-project\", \"srcDir\": \"src\", \"platformVersion\": \"2026.09-beta\"}");
    String source = project.source("AcmeApp");
    assertTrue(
        source.contains(
            """
        @HubSpotApp(
            uid = "acme_app",
            name = "Acme",
            description = "Acme's app.",
            distribution = Distribution.MARKETPLACE,
            projectName = "acme-project",
            platformVersion = PlatformVersion.V2026_09_BETA
        )
        @Auth(
            type = AuthType.OAUTH,
            redirectUrls = "https://acme.example/oauth",
            requiredScopes = {Scopes.OAUTH, Scopes.TIMELINE, Scopes.CRM_OBJECTS_CONTACTS_READ}
        )
        public final class AcmeApp {"""),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void logoUserLevelAndAnAppFileOfItsOwnName() throws Exception {
    TestProject project = TestProject.of(dir, "2026.09");
    java.nio.file.Files.delete(project.dir().resolve("src/app/app-hsmeta.json"));
    project.file(
        "src/app/acme-app-hsmeta.json",
        TestProject.APP
            .replace("\"name\": \"Acme\",", "\"name\": \"Acme\", \"logo\": \"/app/app-logo.png\",")
            .replace(
                "\"distribution\": \"marketplace\",",
                "\"distribution\": \"marketplace\", \"isUserLevel\": true,"));
    String source = project.source("AcmeApp");
    assertTrue(
        source.contains(
            """
            uid = "acme_app",
            fileName = "acme-app-hsmeta.json",
            name = "Acme",
            description = "Acme's app.",
            distribution = Distribution.MARKETPLACE,
            logo = "/app/app-logo.png",
            userLevel = true,
            platformVersion = PlatformVersion.V2026_09
        )"""),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void theAppFilesOwnNameAndAccountLevelAreNotWrittenDown() throws Exception {
    TestProject project = TestProject.of(dir, "2026.09");
    String source = project.source("AcmeApp");
    assertTrue(
        !source.contains("fileName") && !source.contains("userLevel") && !source.contains("logo"),
        source);
  }

  @Test
  void aMissingEnumMemberIsAFindingNotJavaThatDoesNotCompile() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file(
                "src/app/app-hsmeta.json",
                TestProject.APP
                    .replace("\"distribution\": \"marketplace\",", "")
                    .replace("\"type\": \"oauth\",", ""));
    assertEquals(
        List.of(
            "src/app/app-hsmeta.json /config/distribution",
            "src/app/app-hsmeta.json /config/auth/type"),
        project.findings());
  }

  @Test
  void aPlatformVersionWithoutHsmetaFilesIsAFinding() throws Exception {
    TestProject project = TestProject.of(dir, "2025.1");
    assertEquals(List.of("hsproject.json /platformVersion"), project.findings());
  }

  @Test
  void aProjectWithoutAppSaysSo() throws Exception {
    TestProject project = TestProject.of(dir);
    java.nio.file.Files.delete(project.dir().resolve("src/app/app-hsmeta.json"));
    assertEquals(List.of("hsproject.json "), project.findings());
  }
}
