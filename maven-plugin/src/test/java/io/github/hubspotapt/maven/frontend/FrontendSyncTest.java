package io.github.hubspotapt.maven.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendSyncTest {

  private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path temp;
  private Path frontend;
  private Path project;

  @BeforeEach
  void setUp() throws IOException {
    frontend = temp.resolve("src/main/hubspot");
    project = temp.resolve("target/hubspot-project");
    Files.createDirectories(frontend);
  }

  /**
   * A project as the processor leaves it: hsproject.json, one card, the copied front-end files, the
   * manifest.
   */
  private void processorWrote(String srcDir, String... frontendFiles) throws IOException {
    write(
        project.resolve("hsproject.json"),
        "{\n  \"name\": \"p\",\n  \"srcDir\": \""
            + srcDir
            + "\",\n  \"platformVersion\": \"2026.03\"\n}\n");
    write(project.resolve(srcDir + "/app/app-hsmeta.json"), "{}");
    write(project.resolve(srcDir + "/app/cards/card-hsmeta.json"), "{}");
    StringBuilder manifest =
        new StringBuilder(
            "hsproject.json\n"
                + srcDir
                + "/app/app-hsmeta.json\n"
                + srcDir
                + "/app/cards/card-hsmeta.json\n");
    for (String file : frontendFiles) {
      write(project.resolve(srcDir + "/" + file), Files.readString(frontend.resolve(file)));
      manifest.append(srcDir).append('/').append(file).append('\n');
    }
    write(project.resolve(".hubspot-apt-manifest"), sorted(manifest.toString()));
  }

  private Optional<FrontendSync.Result> sync() throws IOException {
    return new FrontendSync(frontend, project).sync();
  }

  @Test
  void beforeTheProcessorWroteAProjectThereIsNothingToSync() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    assertEquals(Optional.empty(), sync());
    assertFalse(Files.exists(project));
  }

  @Test
  void withoutAFrontendFolderNothingIsTouched() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    processorWrote("src", "app/cards/Card.tsx");
    deleteTree(frontend);
    assertEquals(Optional.empty(), sync());
    assertTrue(Files.exists(project.resolve("src/app/cards/Card.tsx")));
  }

  @Test
  void anEditedFileReplacesItsCopyAndUnchangedFilesAreLeftAlone() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    write(frontend.resolve("app/cards/package.json"), "{}");
    processorWrote("src", "app/cards/Card.tsx", "app/cards/package.json");
    Files.setLastModifiedTime(project.resolve("src/app/cards/package.json"), LONG_AGO);
    Files.setLastModifiedTime(project.resolve(".hubspot-apt-manifest"), LONG_AGO);
    write(frontend.resolve("app/cards/Card.tsx"), "v2");

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of("src/app/cards/Card.tsx"), result.written());
    assertEquals(List.of("src/app/cards/package.json"), result.unchanged());
    assertEquals("v2", Files.readString(project.resolve("src/app/cards/Card.tsx")));
    assertEquals(
        LONG_AGO, Files.getLastModifiedTime(project.resolve("src/app/cards/package.json")));
    // Nothing added or removed: the manifest is not rewritten either.
    assertEquals(LONG_AGO, Files.getLastModifiedTime(project.resolve(".hubspot-apt-manifest")));
    assertNoTemporaryFiles();
  }

  @Test
  void aNewFileIsCopiedAndListedInTheProcessorsFormat() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    processorWrote("src", "app/cards/Card.tsx");
    write(frontend.resolve("app/cards/components/Badge.tsx"), "badge");

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of("src/app/cards/components/Badge.tsx"), result.written());
    assertEquals("badge", Files.readString(project.resolve("src/app/cards/components/Badge.tsx")));
    assertEquals(
        "hsproject.json\n"
            + "src/app/app-hsmeta.json\n"
            + "src/app/cards/Card.tsx\n"
            + "src/app/cards/card-hsmeta.json\n"
            + "src/app/cards/components/Badge.tsx\n",
        Files.readString(project.resolve(".hubspot-apt-manifest")));
  }

  @Test
  void aDeletedFileThatTheManifestListsIsRemovedWithItsEmptyFolder() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    write(frontend.resolve("app/settings/Settings.tsx"), "s");
    processorWrote("src", "app/cards/Card.tsx", "app/settings/Settings.tsx");
    Files.delete(frontend.resolve("app/settings/Settings.tsx"));

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of("src/app/settings/Settings.tsx"), result.removed());
    assertFalse(Files.exists(project.resolve("src/app/settings")));
    assertTrue(Files.exists(project.resolve("src/app/cards/Card.tsx")));
    assertFalse(
        Files.readString(project.resolve(".hubspot-apt-manifest")).contains("Settings.tsx"));
  }

  @Test
  void aFileTheManifestDoesNotListIsNeverTouched() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    processorWrote("src", "app/cards/Card.tsx");
    write(project.resolve("src/app/cards/Notes.md"), "the user's own");
    write(frontend.resolve("app/cards/Notes.md"), "from the front-end folder");
    write(project.resolve("src/app/cards/Old.tsx"), "not listed, no source");

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of("src/app/cards/Notes.md"), result.notOwned());
    assertEquals("the user's own", Files.readString(project.resolve("src/app/cards/Notes.md")));
    assertTrue(Files.exists(project.resolve("src/app/cards/Old.tsx")));
    assertFalse(Files.readString(project.resolve(".hubspot-apt-manifest")).contains("Notes.md"));
  }

  @Test
  void theProcessorsOwnFilesAreLeftToTheProcessor() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    processorWrote("src", "app/cards/Card.tsx");
    write(frontend.resolve("app/cards/card-hsmeta.json"), "{\"hand\": \"written\"}");
    write(frontend.resolve("hsproject.json"), "{}");
    write(frontend.resolve("hsprofile.qa.json"), "{\"accountId\": 1}");
    // A profile the processor wrote from a @Profile, listed in its manifest, has no front-end
    // source.
    write(project.resolve("src/hsprofile.local.json"), "{\"accountId\": 2}");
    write(
        project.resolve(".hubspot-apt-manifest"),
        sorted(
            Files.readString(project.resolve(".hubspot-apt-manifest"))
                + "src/hsprofile.local.json\n"));

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of(), result.written());
    assertEquals(List.of(), result.removed());
    assertEquals("{}", Files.readString(project.resolve("src/app/cards/card-hsmeta.json")));
    assertFalse(Files.exists(project.resolve("src/hsproject.json")));
    assertFalse(Files.exists(project.resolve("src/hsprofile.qa.json")));
    assertTrue(Files.exists(project.resolve("src/hsprofile.local.json")));
    // Listed generated files without a front-end source stay too.
    assertTrue(Files.exists(project.resolve("src/app/app-hsmeta.json")));
  }

  @Test
  void nodeModulesAndNamesTheProcessorRefusesAreNotCopied() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    processorWrote("src", "app/cards/Card.tsx");
    write(frontend.resolve("app/cards/node_modules/react/index.js"), "x");
    write(frontend.resolve("app/cards/My Card.tsx"), "space");

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of("src/app/cards/My Card.tsx"), result.refused());
    assertFalse(Files.exists(project.resolve("src/app/cards/node_modules")));
    assertFalse(Files.exists(project.resolve("src/app/cards/My Card.tsx")));
  }

  @Test
  void theSourceFolderComesFromHsprojectJsonAndOtherManifestLinesStay() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v2");
    processorWrote("hubspot-src");
    // A line outside srcDir (say, of an earlier srcDir): the processor's to clean up, not the
    // sync's.
    Files.writeString(
        project.resolve(".hubspot-apt-manifest"),
        Files.readString(project.resolve(".hubspot-apt-manifest")) + "src/app/cards/Card.tsx\n");
    write(project.resolve("src/app/cards/Card.tsx"), "v1");

    FrontendSync.Result result = sync().orElseThrow();

    assertEquals(List.of("hubspot-src/app/cards/Card.tsx"), result.written());
    assertEquals("v1", Files.readString(project.resolve("src/app/cards/Card.tsx")));
    assertTrue(
        Files.readString(project.resolve(".hubspot-apt-manifest"))
            .contains("src/app/cards/Card.tsx\n"));
  }

  @Test
  void anUnsafeSrcDirIsNotSyncedInto() throws IOException {
    write(frontend.resolve("app/cards/Card.tsx"), "v1");
    write(project.resolve("hsproject.json"), "{\"name\": \"p\", \"srcDir\": \"../outside\"}");
    assertEquals(Optional.empty(), sync());
    assertFalse(Files.exists(temp.resolve("target/outside")));
  }

  private void assertNoTemporaryFiles() throws IOException {
    try (var files = Files.walk(project)) {
      assertEquals(
          List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  private static String sorted(String lines) {
    return String.join("\n", lines.lines().sorted().toList()) + "\n";
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
