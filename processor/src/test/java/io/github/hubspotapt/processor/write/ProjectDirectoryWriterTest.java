package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.layout.ProjectManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectDirectoryWriterTest {

  @Test
  void writesTheFilesAndAManifestOfThem(@TempDir Path dir) throws IOException {
    ProjectDirectoryWriter.Result result =
        ProjectDirectoryWriter.projectFolder(dir)
            .write(
                files("hsproject.json", "{}\n", "src/app/app-hsmeta.json", "{\"uid\": \"a\"}\n"));

    assertEquals(List.of("hsproject.json", "src/app/app-hsmeta.json"), result.written());
    assertEquals("{\"uid\": \"a\"}\n", Files.readString(dir.resolve("src/app/app-hsmeta.json")));
    assertEquals(
        "hsproject.json\nsrc/app/app-hsmeta.json\n",
        Files.readString(dir.resolve(ProjectManifest.FILE_NAME)));
  }

  @Test
  void leavesUnchangedFilesUntouched(@TempDir Path dir) throws IOException {
    ProjectDirectoryWriter writer = ProjectDirectoryWriter.projectFolder(dir);
    writer.write(files("hsproject.json", "{}\n"));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(dir.resolve("hsproject.json"), old);

    ProjectDirectoryWriter.Result result = writer.write(files("hsproject.json", "{}\n"));

    assertEquals(List.of("hsproject.json"), result.unchanged());
    assertEquals(old, Files.getLastModifiedTime(dir.resolve("hsproject.json")));
  }

  @Test
  void removesWhatItWroteBeforeAndNoLongerWritesButNeverTheUsersFiles(@TempDir Path dir)
      throws IOException {
    ProjectDirectoryWriter writer = ProjectDirectoryWriter.projectFolder(dir);
    writer.write(files("hsproject.json", "{}\n", "src/app/cards/old-hsmeta.json", "{}\n"));
    Files.writeString(dir.resolve("src/app/cards/Card.tsx"), "export {}");
    Files.writeString(dir.resolve("README.md"), "mine");

    ProjectDirectoryWriter.Result result = writer.write(files("hsproject.json", "{}\n"));

    assertEquals(List.of("src/app/cards/old-hsmeta.json"), result.removed());
    assertFalse(Files.exists(dir.resolve("src/app/cards/old-hsmeta.json")));
    assertTrue(Files.exists(dir.resolve("src/app/cards/Card.tsx")));
    assertTrue(Files.exists(dir.resolve("README.md")));
  }

  @Test
  void removesFoldersItEmptied(@TempDir Path dir) throws IOException {
    ProjectDirectoryWriter writer = ProjectDirectoryWriter.projectFolder(dir);
    writer.write(files("hsproject.json", "{}\n", "src/app/cards/old-hsmeta.json", "{}\n"));

    writer.write(files("hsproject.json", "{}\n"));

    assertFalse(Files.exists(dir.resolve("src")));
  }

  @Test
  void ignoresManifestLinesThatPointOutsideTheFolder(@TempDir Path dir) throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Path outside = Files.writeString(dir.resolve("victim.txt"), "keep");
    Files.writeString(project.resolve(ProjectManifest.FILE_NAME), "../victim.txt\n/etc/hosts\n");

    ProjectDirectoryWriter.projectFolder(project).write(files("hsproject.json", "{}\n"));

    assertTrue(Files.exists(outside));
  }

  @Test
  void refusesPathsThatCouldEscapeTheFolder(@TempDir Path dir) {
    ProjectDirectoryWriter writer = ProjectDirectoryWriter.projectFolder(dir.resolve("project"));

    for (String path :
        List.of(
            "../escape.json",
            "/abs.json",
            "src/../../x.json",
            "a//b.json",
            "src/.card.tsx.hubspot-apt.tmp",
            ProjectManifest.FILE_NAME)) {
      assertThrows(IOException.class, () -> writer.write(files(path, "{}\n")), path);
    }
    assertFalse(Files.exists(dir.resolve("escape.json")));
    assertFalse(Files.exists(dir.resolve("project")));
  }

  @Test
  void leavesNoTemporaryFilesBehind(@TempDir Path dir) throws IOException {
    ProjectDirectoryWriter.projectFolder(dir)
        .write(files("hsproject.json", "{}\n", "src/app/app-hsmeta.json", "{}\n"));

    try (var all = Files.walk(dir)) {
      assertEquals(
          List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }
  }

  /**
   * The generated-sources mode writes in place (no rename), with the same manifest and the same
   * clean-up.
   */
  @Test
  void generatedSourcesAreWrittenInPlaceAndCleanedUpByTheManifest(@TempDir Path dir)
      throws IOException {
    ProjectDirectoryWriter writer = ProjectDirectoryWriter.generatedSources(dir);
    writer.write(files("hsproject.json", "{}\n", "src/app/cards/a-hsmeta.json", "{}\n"));
    Path project = dir.resolve("hsproject.json");
    Object inode =
        Files.readAttributes(project, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

    ProjectDirectoryWriter.Result result = writer.write(files("hsproject.json", "{\"v\": 2}\n"));

    assertEquals(List.of("hsproject.json"), result.written());
    assertEquals(List.of("src/app/cards/a-hsmeta.json"), result.removed());
    assertEquals("{\"v\": 2}\n", Files.readString(project));
    // Written in place: the same file, not a new one renamed over it (where the file system tells
    // file keys).
    if (inode != null) {
      assertEquals(
          inode,
          Files.readAttributes(project, java.nio.file.attribute.BasicFileAttributes.class)
              .fileKey());
    }
    assertFalse(Files.exists(dir.resolve("src/app/cards")));
  }

  private static SortedMap<String, byte[]> files(String... pathsAndContents) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(
          pathsAndContents[i],
          pathsAndContents[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return files;
  }
}
