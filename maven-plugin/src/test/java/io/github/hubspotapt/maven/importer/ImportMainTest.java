package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMainTest {

  @TempDir Path dir;

  @Test
  void withoutAPackageItCannotRun() {
    assertEquals(ImportMain.CANNOT_RUN, ImportMain.run(new String[] {dir.toString()}));
  }

  @Test
  void anUnknownOptionCannotRun() {
    assertEquals(
        ImportMain.CANNOT_RUN,
        ImportMain.run(new String[] {dir.toString(), "com.acme", "--force"}));
  }

  @Test
  void skipParserImportsUnchecked() throws Exception {
    TestProject project = TestProject.of(dir);
    Path into = dir.resolve("app");
    assertEquals(
        ImportMain.IMPORTED,
        ImportMain.run(
            new String[] {
              project.dir().toString(), "com.acme", "--into", into.toString(), "--skip-parser"
            }));
    assertTrue(Files.isRegularFile(into.resolve("src/main/java/com/acme/AcmeApp.java")));
  }

  @Test
  void profilesAsFilesAreCopiedIntoTheFrontEndFolder() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file("src/hsprofile.local.json", "{\"accountId\": 1, \"variables\": {}}");
    Path into = dir.resolve("app");
    assertEquals(
        ImportMain.IMPORTED,
        ImportMain.run(
            new String[] {
              project.dir().toString(),
              "com.acme",
              "--into",
              into.toString(),
              "--profiles",
              "files",
              "--skip-parser"
            }));
    assertEquals(
        "{\"accountId\": 1, \"variables\": {}}",
        Files.readString(into.resolve("src/main/hubspot/hsprofile.local.json")));
  }

  @Test
  void profilesOtherThanAnnotationsOrFilesCannotRun() throws Exception {
    TestProject project = TestProject.of(dir);
    assertEquals(
        ImportMain.CANNOT_RUN,
        ImportMain.run(
            new String[] {
              project.dir().toString(),
              "com.acme",
              "--into",
              dir.resolve("app").toString(),
              "--profiles",
              "code",
              "--skip-parser"
            }));
    assertFalse(Files.exists(dir.resolve("app")));
  }

  @Test
  void withoutNodeItSaysSoAndWritesNothing() throws Exception {
    TestProject project = TestProject.of(dir);
    Path into = dir.resolve("app");
    String previous = System.getProperty("hubspot.node");
    System.setProperty("hubspot.node", dir.resolve("no-node-here").toString());
    try {
      assertEquals(
          ImportMain.CANNOT_RUN,
          ImportMain.run(
              new String[] {project.dir().toString(), "com.acme", "--into", into.toString()}));
    } finally {
      if (previous == null) {
        System.clearProperty("hubspot.node");
      } else {
        System.setProperty("hubspot.node", previous);
      }
    }
    assertFalse(Files.exists(into));
  }
}
