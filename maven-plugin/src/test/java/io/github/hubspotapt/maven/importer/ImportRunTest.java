package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.maven.parser.ParserVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import as the goal and the command line run it: parser first, findings stop it, partial
 * writes the rest.
 */
class ImportRunTest {

  private static final ImportRun.ParserCheck ACCEPTS =
      dir ->
          new ParserVerdict(
              true, "2026.03", List.of("APPLICATION", "CARD"), List.of(), List.of(), null, null);

  @TempDir Path dir;

  private final List<String> log = new ArrayList<>();

  private TestProject projectWithAnUnsupportedField() throws Exception {
    return TestProject.of(dir)
        .component(
            "cards",
            "deal_card",
            "card",
            """
        {"name": "Deal card", "location": "crm.record.tab", "entrypoint": "/app/cards/Deal.tsx",
         "objectTypes": ["contacts"], "size": "large"}""")
        .file("src/app/cards/Deal.tsx", "export default () => null;\n")
        .file("src/app/cards/package.json", "{}\n");
  }

  private ImportWriter writer() {
    return new ImportWriter(dir.resolve("out/src/main/java"), dir.resolve("out/src/main/hubspot"));
  }

  @Test
  void anUnsupportedFieldStopsTheImportWithItsJsonPathAndWritesNothing() throws Exception {
    TestProject project = projectWithAnUnsupportedField();
    ImportException stopped =
        assertThrows(
            ImportException.class,
            () ->
                new ImportRun(
                        project.dir(),
                        project.dir().toString(),
                        "com.acme",
                        false,
                        ProfileTarget.ANNOTATIONS,
                        log::add)
                    .run(ACCEPTS, writer()));
    assertTrue(
        stopped
            .getMessage()
            .contains(
                "src/app/cards/deal_card-hsmeta.json /config/size: no annotation member writes it"),
        stopped.getMessage());
    assertTrue(stopped.getMessage().contains("hubspot.import.partial"), stopped.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void partialWritesWhatItCanAndListsTheRest() throws Exception {
    TestProject project = projectWithAnUnsupportedField();
    List<ImportFinding> findings =
        new ImportRun(
                project.dir(),
                project.dir().toString(),
                "com.acme",
                true,
                ProfileTarget.ANNOTATIONS,
                log::add)
            .run(ACCEPTS, writer());
    assertEquals(
        List.of(
            new ImportFinding(
                "src/app/cards/deal_card-hsmeta.json",
                "/config/size",
                "no annotation member writes it")),
        findings);
    assertTrue(Files.isRegularFile(dir.resolve("out/src/main/java/com/acme/DealCard.java")));
    assertTrue(Files.isRegularFile(dir.resolve("out/src/main/java/com/acme/AcmeApp.java")));
    assertEquals(
        "export default () => null;\n",
        Files.readString(dir.resolve("out/src/main/hubspot/app/cards/Deal.tsx")));
    assertTrue(Files.isRegularFile(dir.resolve("out/src/main/hubspot/app/cards/package.json")));
    assertTrue(
        String.join("\n", log).contains("src/app/cards/deal_card-hsmeta.json /config/size"),
        log.toString());
  }

  @Test
  void aProjectHubSpotsParserRejectsWritesNothingAndSaysHubSpotsMessage() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "cards",
                "c",
                "card",
                """
        {"name": "C", "location": "crm.record.tab", "entrypoint": "/app/cards/C.tsx", "objectTypes": ["contacts"]}""");
    ImportRun.ParserCheck rejects =
        projectDir ->
            new ParserVerdict(
                false,
                null,
                List.of(),
                List.of(),
                List.of(),
                "src",
                "Project validation failed: The directory 'app/settings' is incorrect for type 'card'.");
    ImportException stopped =
        assertThrows(
            ImportException.class,
            () ->
                new ImportRun(
                        project.dir(),
                        project.dir().toString(),
                        "com.acme",
                        true,
                        ProfileTarget.ANNOTATIONS,
                        log::add)
                    .run(rejects, writer()));
    assertTrue(stopped.getMessage().contains("rejected " + project.dir()), stopped.getMessage());
    assertTrue(
        stopped
            .getMessage()
            .contains(
                "Project validation failed: The directory 'app/settings' is incorrect for type 'card'."));
    assertTrue(stopped.getMessage().contains("Nothing was imported"));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void anExistingTargetFileMeansNothingIsWritten() throws Exception {
    TestProject project = projectWithAnUnsupportedField();
    Files.createDirectories(dir.resolve("out/src/main/hubspot/app/cards"));
    Files.writeString(dir.resolve("out/src/main/hubspot/app/cards/Deal.tsx"), "mine");
    ImportException stopped =
        assertThrows(
            ImportException.class,
            () ->
                new ImportRun(
                        project.dir(),
                        project.dir().toString(),
                        "com.acme",
                        true,
                        ProfileTarget.ANNOTATIONS,
                        log::add)
                    .run(ACCEPTS, writer()));
    assertTrue(stopped.getMessage().contains("Deal.tsx"), stopped.getMessage());
    assertEquals("mine", Files.readString(dir.resolve("out/src/main/hubspot/app/cards/Deal.tsx")));
    assertFalse(Files.exists(dir.resolve("out/src/main/java")));
  }

  @Test
  void unknownTypesAndAnAppsPermissionsAreFindings() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file(
                "src/theme/theme-hsmeta.json",
                "{\"uid\": \"theme\", \"type\": \"theme\", \"config\": {\"themePath\": \"t\"}}")
            .file(
                "src/app/app-hsmeta.json",
                TestProject.APP.replaceFirst(
                    "\\}\\s*$", ", \"permissions\": {\"requiredScopes\": [\"oauth\"]}}"))
            .file("README.md", "read me");
    ImportResult result = project.read();
    assertEquals(
        List.of("src/theme/theme-hsmeta.json /type", "src/app/app-hsmeta.json /permissions"),
        result.findings().stream().map(f -> f.file() + " " + f.jsonPath()).toList());
    assertEquals(List.of("README.md"), result.leftBehind());
  }

  private TestProject projectWithProfiles() throws Exception {
    return TestProject.of(dir)
        .file(
            "src/app/app-hsmeta.json",
            TestProject.APP.replace("\"fetch\": []", "\"fetch\": [\"${API_URL}\"]"))
        .file(
            "src/hsprofile.local.json",
            "{\"accountId\": 1, \"variables\": {\"API_URL\": \"https://dev.example\"}}")
        .file("src/hsprofile.prod.json", "{\"accountId\": 2, \"variables\": {}}");
  }

  @Test
  void theParserChecksEachProfileAndTheProfilesAreImported() throws Exception {
    TestProject project = projectWithProfiles();
    ImportRun.ParserCheck acceptsInProfiles =
        projectDir ->
            new ParserVerdict(
                true,
                "2026.03",
                List.of("APPLICATION"),
                List.of(),
                List.of("local", "prod"),
                null,
                null);
    new ImportRun(
            project.dir(), "hubspot-source", "com.acme", false, ProfileTarget.ANNOTATIONS, log::add)
        .run(acceptsInProfiles, writer());
    assertTrue(
        log.get(0)
            .contains(
                "accepted hubspot-source: 1 component (APPLICATION) on platform 2026.03 in each"
                    + " of the profiles local, prod;"),
        log.toString());
    String app = Files.readString(dir.resolve("out/src/main/java/com/acme/AcmeApp.java"));
    assertTrue(app.contains("name = \"local\"") && app.contains("name = \"prod\""), app);
    assertFalse(Files.exists(dir.resolve("out/src/main/hubspot/hsprofile.local.json")));
  }

  @Test
  void aProfileThatLacksAVariableIsRejectedByTheParserAndNothingIsWritten() throws Exception {
    TestProject project = projectWithProfiles();
    ImportRun.ParserCheck rejectsProd =
        projectDir ->
            new ParserVerdict(
                false,
                null,
                List.of(),
                List.of(),
                List.of(),
                "src",
                "in profile \"prod\": Missing value for API_URL in app/app-hsmeta.json. Add API_URL to your profile"
                    + " variables.");
    ImportException stopped =
        assertThrows(
            ImportException.class,
            () ->
                new ImportRun(
                        project.dir(),
                        "hubspot-source",
                        "com.acme",
                        true,
                        ProfileTarget.ANNOTATIONS,
                        log::add)
                    .run(rejectsProd, writer()));
    assertTrue(
        stopped
            .getMessage()
            .contains(
                "rejected hubspot-source (source folder hubspot-source/src):"
                    + System.lineSeparator()
                    + "in profile \"prod\": Missing value for API_URL"),
        stopped.getMessage());
    assertTrue(stopped.getMessage().contains("Nothing was imported"), stopped.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void profilesAsFilesGoToTheFrontEndFolder() throws Exception {
    TestProject project = projectWithProfiles();
    new ImportRun(project.dir(), "hubspot-source", "com.acme", false, ProfileTarget.FILES, log::add)
        .run(ACCEPTS, writer());
    assertEquals(
        Files.readString(project.dir().resolve("src/hsprofile.prod.json")),
        Files.readString(dir.resolve("out/src/main/hubspot/hsprofile.prod.json")));
    assertFalse(
        Files.readString(dir.resolve("out/src/main/java/com/acme/AcmeApp.java"))
            .contains("@Profile"));
  }

  @Test
  void aPackageThatIsNoJavaNameStops() throws Exception {
    TestProject project = TestProject.of(dir);
    ImportException stopped =
        assertThrows(
            ImportException.class,
            () ->
                new ImportRun(
                        project.dir(),
                        project.dir().toString(),
                        "com.acme-app",
                        false,
                        ProfileTarget.ANNOTATIONS,
                        log::add)
                    .run(null, writer()));
    assertEquals("\"com.acme-app\" is not a Java package name", stopped.getMessage());
  }
}
