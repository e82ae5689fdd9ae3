package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.layout.AtomicFile;
import io.github.hubspotapt.processor.layout.ProjectLayout;
import io.github.hubspotapt.processor.layout.ProjectManifest;
import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front-end files keep the names a team gives them: a macOS {@code .DS_Store} or a {@code
 * logo@2x.png} must not stop the whole project from being written. What stays refused is what would
 * leave the folder, and a space, which javac's Filer does not take in a resource name.
 */
class FrontendFileNamesTest {

  @Test
  void dotFilesAndAtSignsAreCopiedLikeAnyOtherFile(@TempDir Path dir) throws IOException {
    Path frontend = dir.resolve("hubspot");
    Files.createDirectories(frontend.resolve("app/cards/images"));
    Files.writeString(frontend.resolve("app/cards/.DS_Store"), "finder");
    Files.writeString(frontend.resolve("app/cards/images/logo@2x.png"), "png");
    FileCompiler build = new FileCompiler(dir);
    build.write("demo/Acme.java", DemoSources.ACME);
    Path projectDir = dir.resolve("upload");

    FileCompiler.Result result =
        build.compile(
            List.of("demo/Acme.java"),
            "-Ahubspot.frontendDir=" + frontend,
            "-Ahubspot.projectDir=" + projectDir);

    assertTrue(result.success(), result.messages(Diagnostic.Kind.ERROR).toString());
    assertEquals("finder", Files.readString(projectDir.resolve("src/app/cards/.DS_Store")));
    assertEquals("png", Files.readString(projectDir.resolve("src/app/cards/images/logo@2x.png")));
    assertEquals(
        "png", Files.readString(build.project().resolve("src/app/cards/images/logo@2x.png")));
  }

  @Test
  void namesThatLeaveTheFolderOrThatTheFilerRefusesAreNotSafe() {
    assertTrue(ProjectLayout.isSafe("src/app/cards/.DS_Store"));
    assertTrue(ProjectLayout.isSafe("src/app/cards/images/logo@2x.png"));
    assertFalse(ProjectLayout.isSafe("src/../outside.txt"));
    assertFalse(ProjectLayout.isSafe("src/./app"));
    assertFalse(ProjectLayout.isSafe("/etc/passwd"));
    assertFalse(ProjectLayout.isSafe("src//app"));
    assertFalse(ProjectLayout.isSafe("src/app/My Card.tsx"));
    assertFalse(ProjectLayout.isSafe("src\\app"));
    assertFalse(ProjectLayout.isSafe("src/app/cards/.Card.tsx" + AtomicFile.TEMPORARY_SUFFIX));
    assertFalse(ProjectLayout.isSafe(ProjectManifest.FILE_NAME));
  }
}
