package io.github.hubspotapt.processor;

import static io.github.hubspotapt.processor.testing.FileCompiler.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Partial compilations, as IntelliJ, Eclipse and Gradle run them: only changed files are handed to
 * javac, the rest is on the class path. The project must come out as a full build would write it.
 */
class IncrementalBuildTest {

  private static final String GLOBEX = DemoSources.staticApp("Globex", "oauth");

  private static final String PLAIN =
      """
      package demo;
      public class Plain { int version = %d; }
      """;

  @Test
  void anAppInAnUnchangedClassIsStillSeenWhenAnotherAppIsAddedAlone(@TempDir Path dir) {
    FileCompiler build = new FileCompiler(dir);
    build.write("demo/Acme.java", DemoSources.ACME);
    assertTrue(build.compile(List.of("demo/Acme.java")).success());

    build.write("demo/Globex.java", GLOBEX);
    FileCompiler.Result partial = build.compile(List.of("demo/Globex.java"));

    assertFalse(partial.success());
    List<String> errors = partial.messages(Diagnostic.Kind.ERROR);
    assertEquals(2, errors.size(), errors.toString());
    errors.forEach(
        error ->
            assertTrue(
                error.startsWith("[HS-APP-DUPLICATE]")
                    && error.contains("demo.Acme")
                    && error.contains("demo.Globex"),
                error));
  }

  @Test
  void aDeletedAppClassIsDroppedAndTheRestIsWrittenAsAFullBuildWould(@TempDir Path dir)
      throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("incremental"));
    build.write("demo/Acme.java", DemoSources.ACME);
    build.write("demo/Plain.java", PLAIN.formatted(1));
    assertTrue(build.compile(List.of("demo/Acme.java", "demo/Plain.java")).success());

    build.delete("demo/Acme.java");
    build.write("demo/Globex.java", GLOBEX);
    assertTrue(build.compile(List.of("demo/Globex.java")).success());

    FileCompiler full = new FileCompiler(dir.resolve("full"));
    full.write("demo/Globex.java", GLOBEX);
    full.write("demo/Plain.java", PLAIN.formatted(1));
    assertTrue(full.compile(List.of("demo/Globex.java", "demo/Plain.java")).success());

    assertEquals(files(full.project()), files(build.project()));
    assertEquals(
        "demo.Globex\n",
        Files.readString(build.generated().resolve("META-INF/hubspot-apt/annotated-types")));
    assertFalse(
        Files.exists(build.classes().resolve("META-INF")),
        "bookkeeping files would go into the jar");
  }

  @Test
  void recompilingTheAppClassAloneGivesTheFullBuildOutput(@TempDir Path dir) throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("incremental"));
    build.write("demo/Acme.java", DemoSources.ACME);
    build.write("demo/Plain.java", PLAIN.formatted(1));
    assertTrue(build.compile(List.of("demo/Acme.java", "demo/Plain.java")).success());
    Map<String, String> first = files(build.project());

    build.write("demo/Acme.java", DemoSources.ACME.replace("Acme app.", "Acme app, improved."));
    assertTrue(build.compile(List.of("demo/Acme.java")).success());

    FileCompiler full = new FileCompiler(dir.resolve("full"));
    full.write("demo/Acme.java", DemoSources.ACME.replace("Acme app.", "Acme app, improved."));
    full.write("demo/Plain.java", PLAIN.formatted(1));
    assertTrue(full.compile(List.of("demo/Acme.java", "demo/Plain.java")).success());
    assertEquals(files(full.project()), files(build.project()));
    assertFalse(first.equals(files(build.project())));
  }

  @Test
  void recompilingOneCardAloneKeepsTheCardsOfUntouchedClasses(@TempDir Path dir)
      throws IOException {
    FileCompiler build = new FileCompiler(dir.resolve("incremental"));
    build.write("demo/Acme.java", DemoSources.ACME_FOR_CARDS);
    build.write("demo/Invoices.java", DemoSources.card("Invoices"));
    build.write("demo/Payments.java", DemoSources.card("Payments"));
    assertTrue(
        build
            .compile(List.of("demo/Acme.java", "demo/Invoices.java", "demo/Payments.java"), QUIET)
            .success());

    build.write(
        "demo/Payments.java",
        DemoSources.card("Payments").replace("Payments card", "Payments overview"));
    FileCompiler.Result partial = build.compile(List.of("demo/Payments.java"), QUIET);

    assertTrue(partial.success(), partial.diagnostics().toString());
    FileCompiler full = new FileCompiler(dir.resolve("full"));
    full.write("demo/Acme.java", DemoSources.ACME_FOR_CARDS);
    full.write("demo/Invoices.java", DemoSources.card("Invoices"));
    full.write(
        "demo/Payments.java",
        DemoSources.card("Payments").replace("Payments card", "Payments overview"));
    assertTrue(
        full.compile(List.of("demo/Acme.java", "demo/Invoices.java", "demo/Payments.java"), QUIET)
            .success());
    assertEquals(files(full.project()), files(build.project()));
    assertTrue(files(build.project()).containsKey("src/app/cards/invoices-card-hsmeta.json"));
  }

  @Test
  void aDeletedCardClassLosesItsFile(@TempDir Path dir) throws IOException {
    Path projectDir = dir.resolve("hubspot");
    FileCompiler build = new FileCompiler(dir.resolve("build"));
    build.write("demo/Acme.java", DemoSources.ACME_FOR_CARDS);
    build.write("demo/Invoices.java", DemoSources.card("Invoices"));
    build.write("demo/Payments.java", DemoSources.card("Payments"));
    assertTrue(
        build
            .compile(
                List.of("demo/Acme.java", "demo/Invoices.java", "demo/Payments.java"),
                QUIET,
                "-Ahubspot.projectDir=" + projectDir)
            .success());
    assertTrue(Files.exists(projectDir.resolve("src/app/cards/payments-card-hsmeta.json")));

    build.delete("demo/Payments.java");
    build.write(
        "demo/Invoices.java",
        DemoSources.card("Invoices").replace("Invoices card", "Invoices overview"));
    assertTrue(
        build
            .compile(List.of("demo/Invoices.java"), QUIET, "-Ahubspot.projectDir=" + projectDir)
            .success());

    assertFalse(Files.exists(projectDir.resolve("src/app/cards/payments-card-hsmeta.json")));
    assertFalse(Files.exists(build.project().resolve("src/app/cards/payments-card-hsmeta.json")));
    assertTrue(Files.exists(projectDir.resolve("src/app/cards/invoices-overview-hsmeta.json")));
    assertFalse(Files.exists(projectDir.resolve("src/app/cards/invoices-card-hsmeta.json")));
    assertFalse(Files.exists(build.project().resolve("src/app/cards/invoices-card-hsmeta.json")));
  }

  private static final String QUIET = "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE";
}
