package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.linked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.processor.layout.ProjectManifest;
import io.github.hubspotapt.processor.testing.DemoSources;
import io.github.hubspotapt.processor.testing.FileCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project of more files than {@code -Ahubspot.filerLimit} is written into the generated sources
 * directly (javac's Filer grows quadratically); a limit of 2 makes a three-file project take that
 * path. It must come out exactly as the Filer writes it, and still lose the files of deleted
 * components.
 */
class LargeProjectWriteTest {

  private static final String QUIET = "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE";
  private static final List<String> SOURCES =
      List.of("demo/Acme.java", "demo/Invoices.java", "demo/Payments.java");

  @Test
  void aProjectOverTheLimitIsWrittenDirectlyWithTheSameContent(@TempDir Path dir)
      throws IOException {
    FileCompiler direct = build(dir.resolve("direct"));
    FileCompiler.Result result =
        direct.compile(SOURCES, QUIET, "-Ahubspot.filerLimit=2", "-Ahubspot.verbose");
    FileCompiler filer = build(dir.resolve("filer"));
    assertTrue(filer.compile(SOURCES, QUIET).success());

    assertTrue(result.success(), result.output());
    assertTrue(
        result.messages(Diagnostic.Kind.NOTE).stream()
            .anyMatch(
                note ->
                    note.startsWith(
                        "hubspot-apt: 4 files written directly into "
                            + direct.project()
                            + ", not through the Filer (more than -Ahubspot.filerLimit=2)")),
        result.output());
    Map<String, String> written = files(direct.project());
    assertEquals(
        List.of(
            "hsproject.json",
            "src/app/app-hsmeta.json",
            "src/app/cards/invoices-card-hsmeta.json",
            "src/app/cards/payments-card-hsmeta.json"),
        written.keySet().stream().filter(path -> !path.equals(ProjectManifest.FILE_NAME)).toList());
    Map<String, String> throughFiler = files(filer.project());
    written.remove(ProjectManifest.FILE_NAME);
    assertEquals(throughFiler, written);
  }

  @Test
  void aDeletedCardLosesItsFileWhenTheProjectIsWrittenDirectly(@TempDir Path dir) {
    FileCompiler build = build(dir);
    assertTrue(build.compile(SOURCES, QUIET, "-Ahubspot.filerLimit=2").success());
    Path payments = build.project().resolve("src/app/cards/payments-card-hsmeta.json");
    assertTrue(Files.exists(payments));

    build.delete("demo/Payments.java");
    build.write("demo/Invoices.java", DemoSources.card("Invoices"));
    assertTrue(
        build.compile(List.of("demo/Invoices.java"), QUIET, "-Ahubspot.filerLimit=2").success());

    assertFalse(Files.exists(payments));
    assertTrue(Files.exists(build.project().resolve("src/app/cards/invoices-card-hsmeta.json")));
  }

  @Test
  void aLimitThatIsNotACountIsAnError(@TempDir Path dir) {
    FileCompiler.Result result = build(dir).compile(SOURCES, QUIET, "-Ahubspot.filerLimit=many");

    assertFalse(result.success());
    assertEquals(
        List.of(
            linked(
                "[HS-OPTION-INVALID] processor option -Ahubspot.filerLimit must be a whole number of"
                    + " files, 0 or more, found: many")),
        result.messages(Diagnostic.Kind.ERROR));
  }

  private static FileCompiler build(Path dir) {
    FileCompiler build = new FileCompiler(dir);
    build.write("demo/Acme.java", DemoSources.ACME_FOR_CARDS);
    build.write("demo/Invoices.java", DemoSources.card("Invoices"));
    build.write("demo/Payments.java", DemoSources.card("Payments"));
    return build;
  }
}
