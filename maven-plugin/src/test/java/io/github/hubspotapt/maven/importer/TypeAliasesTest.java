package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component's {@code type} is taken as HubSpot's parser takes it: {@code "pages"} (HubSpot's
 * alias of {@code page}, in its 2026.03 samples) and {@code "Card"} (the parser compares types
 * without case; hubspot-validate accepts the project) are a page and a card. The processor writes
 * them back as {@code page} and {@code card}, the same types to HubSpot, and nothing else differs.
 */
class TypeAliasesTest {

  private static final Path PROJECT =
      Path.of("src", "test", "resources", "importer", "projects", "type-aliases");

  @TempDir Path dir;

  @Test
  void aPagesAndACapitalizedCardAreImportedAsAPageAndACard() throws Exception {
    ImportResult result = new ProjectImport(PROJECT, "com.acme", ProfileTarget.ANNOTATIONS).read();
    assertEquals(List.of(), result.findings());
    new ImportWriter(dir.resolve("java"), dir.resolve("hubspot")).write(result);
    assertTrue(
        Files.readString(dir.resolve("java/com/acme/TextingPagesPage.java")).contains("@Page("),
        "expected @Page");
    assertTrue(
        Files.readString(dir.resolve("java/com/acme/SMSCard.java")).contains("@Card("),
        "expected @Card");

    Path written = dir.resolve("project");
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(
            dir.resolve("java"), dir.resolve("hubspot"), written, dir.resolve("build"));
    assertTrue(compiled.success(), compiled.output());
    assertEquals(
        List.of(
            "src/app/cards/sms-card-hsmeta.json /type: Card written as card",
            "src/app/pages/pages-hsmeta.json /type: pages written as page"),
        ProjectDiff.of(PROJECT, written));
  }
}
