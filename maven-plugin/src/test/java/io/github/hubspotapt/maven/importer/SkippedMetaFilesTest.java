package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.maven.parser.ParserVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code *-hsmeta.json} in a folder HubSpot's parser does not read ({@code src/app/extensions/},
 * one of a type no annotation has, one of a card type whose entrypoint is outside {@code
 * app/cards/}) is no component: HubSpot ignores it, so the import keeps it as a front-end file, as
 * it is, and says so; the processor copies it into the project without a complaint.
 */
class SkippedMetaFilesTest {

  private static final Path PROJECT =
      Path.of("src", "test", "resources", "importer", "projects", "skipped-metafiles");
  private static final String PLANTS = "app/extensions/plants-hsmeta.json";
  private static final String SMS_PANEL = "app/extensions/sms-panel/sms-panel-hsmeta.json";

  /** What HubSpot's parser 0.23.0 says of the project (hubspot-validate: both files "skipped"). */
  private static final ImportRun.ParserCheck ACCEPTS =
      dir ->
          new ParserVerdict(
              true,
              "2026.03",
              List.of("APPLICATION"),
              List.of(PLANTS, SMS_PANEL),
              List.of(),
              null,
              null);

  @TempDir Path dir;

  @Test
  void theyAreKeptAsFrontEndFilesAndTheImportSaysWhy() throws Exception {
    List<String> log = new ArrayList<>();
    List<ImportFinding> findings =
        new ImportRun(
                PROJECT,
                "skipped-metafiles",
                "com.acme",
                false,
                ProfileTarget.ANNOTATIONS,
                log::add)
            .run(ACCEPTS, new ImportWriter(dir.resolve("java"), dir.resolve("hubspot")));
    assertEquals(List.of(), findings);
    assertEquals(
        List.of(
            "HubSpot project parser 0.23.0 accepted skipped-metafiles: 1 component (APPLICATION) on platform 2026.03; "
                + ParserVerdict.NOT_CHECKED_OFFLINE,
            "Imported skipped-metafiles: 1 Java source(s), 3 front-end file(s); 4 file(s) written",
            "Kept as a front-end file, as it is: src/"
                + PLANTS
                + " (HubSpot's parser skips a *-hsmeta.json in"
                + " app/extensions/, as in any folder other than app/, theme/, cms-assets/ and the component folders of"
                + " app/)",
            "Kept as a front-end file, as it is: src/"
                + SMS_PANEL
                + " (HubSpot's parser skips a *-hsmeta.json in"
                + " app/extensions/sms-panel/, as in any folder other than app/, theme/, cms-assets/ and the component"
                + " folders of app/)",
            "HubSpot's config rules (hubspot-apt's processor over the written sources): the imported sources compile"
                + " without a finding"),
        log);
    for (String file : List.of(PLANTS, SMS_PANEL, "app/extensions/sms-panel/SmsPanel.tsx")) {
      assertEquals(
          Files.readString(PROJECT.resolve("src").resolve(file)),
          Files.readString(dir.resolve("hubspot").resolve(file)),
          file);
    }
    try (var sources = Files.list(dir.resolve("java/com/acme"))) {
      assertEquals(
          List.of("AcmeTextingApp.java"), sources.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void theProcessorCopiesThemIntoTheProjectAndTheProjectComesBackByteForByte() throws Exception {
    ImportResult result = new ProjectImport(PROJECT, "com.acme", ProfileTarget.ANNOTATIONS).read();
    new ImportWriter(dir.resolve("java"), dir.resolve("hubspot")).write(result);
    Path written = dir.resolve("project");
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(
            dir.resolve("java"), dir.resolve("hubspot"), written, dir.resolve("build"));
    assertTrue(compiled.success(), compiled.output());
    assertEquals("", compiled.output());
    assertEquals(List.of(), ProjectDiff.of(PROJECT, written));
  }
}
