package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.linked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the project goes. A plain {@code javac -d classes} has no generated-sources folder: the
 * project must not end up among the classes, and so in the application jar (HS-OUTPUT-LOCATION).
 */
class SourceOutputTest {

  @Test
  void withoutSourceFolderOrProjectDirNothingIsWrittenAndAWarningSaysWhy(@TempDir Path dir) {
    FileCompiler build = FileCompiler.withoutSourceFolder(dir);
    build.write("demo/Acme.java", DemoSources.ACME);

    FileCompiler.Result result = build.compile(List.of("demo/Acme.java"));

    assertTrue(result.success());
    List<Diagnostic<? extends JavaFileObject>> warnings =
        result.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        linked(
            "[HS-OUTPUT-LOCATION] javac has no -s folder for generated sources, so the HubSpot project is"
                + " not written: it would go into the class output and be packaged into the jar; pass -s <folder> (Maven and"
                + " Gradle always do) or -Ahubspot.projectDir=<absolute folder>"),
        warnings.get(0).getMessage(null));
    assertNull(warnings.get(0).getSource(), "a processor-level finding: no source position");
    assertFalse(Files.exists(build.classes().resolve("hubspot-project")));
  }

  @Test
  void withoutSourceFolderTheProjectGoesToProjectDirOnly(@TempDir Path dir) {
    FileCompiler build = FileCompiler.withoutSourceFolder(dir);
    build.write("demo/Acme.java", DemoSources.ACME);
    Path projectDir = dir.resolve("upload");

    FileCompiler.Result result =
        build.compile(List.of("demo/Acme.java"), "-Ahubspot.projectDir=" + projectDir);

    assertTrue(result.success());
    assertEquals(List.of(), result.messages(Diagnostic.Kind.WARNING));
    assertTrue(Files.isRegularFile(projectDir.resolve("src/app/app-hsmeta.json")));
    assertFalse(Files.exists(build.classes().resolve("hubspot-project")));
  }

  /**
   * With -Ahubspot.verbose the processor says where it wrote the project, also when no projectDir
   * is set.
   */
  @Test
  void verboseSaysWhereTheProjectWasWritten(@TempDir Path dir) {
    FileCompiler build = new FileCompiler(dir);
    build.write("demo/Acme.java", DemoSources.ACME);

    FileCompiler.Result result = build.compile(List.of("demo/Acme.java"), "-Ahubspot.verbose");

    assertTrue(result.success());
    assertTrue(
        result
            .messages(Diagnostic.Kind.NOTE)
            .contains(
                "hubspot-apt: HubSpot project of 2 files written to "
                    + build.project()
                    + "; -Ahubspot.projectDir=<folder> also writes it where you upload from"),
        result.messages(Diagnostic.Kind.NOTE).toString());
  }

  @Test
  void withSourceFolderTheProjectAndItsBookkeepingStayOutOfTheClasses(@TempDir Path dir) {
    FileCompiler build = new FileCompiler(dir);
    build.write("demo/Acme.java", DemoSources.ACME);

    assertTrue(build.compile(List.of("demo/Acme.java")).success());

    assertTrue(Files.isRegularFile(build.project().resolve("src/app/app-hsmeta.json")));
    assertTrue(
        Files.isRegularFile(build.generated().resolve("META-INF/hubspot-apt/annotated-types")));
    assertTrue(
        Files.isRegularFile(build.generated().resolve("META-INF/hubspot-apt/generated-files")));
    assertFalse(Files.exists(build.classes().resolve("META-INF")));
  }
}
