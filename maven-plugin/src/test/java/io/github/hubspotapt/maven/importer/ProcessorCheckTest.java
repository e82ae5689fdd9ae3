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
 * HubSpot's parser accepts a project whose config breaks rules HubSpot applies on upload; the
 * import says which of the processor's findings the build of the imported sources will report, at
 * their file and line, before the user builds. An error does not undo the import: the sources are
 * written, and the output says what the error means.
 */
class ProcessorCheckTest {

  /** Where each message's rule page is: the processor ends every message with its link. */
  private static final String PAGES =
      "https://github.com/hubspotapt/hubspot-apt/blob/main/docs/rules/";

  private static final Path PROJECT =
      Path.of("src", "test", "resources", "importer", "projects", "rule-findings");
  private static final ImportRun.ParserCheck ACCEPTS =
      dir ->
          new ParserVerdict(
              true, "2026.03", List.of("APPLICATION", "CARD"), List.of(), List.of(), null, null);
  private static final String RULES =
      "HubSpot's config rules (hubspot-apt's processor over the written sources)";

  @TempDir Path dir;

  private final List<String> log = new ArrayList<>();

  @Test
  void theImportListsTheFindingsTheBuildWillReportAndWritesTheSources() throws Exception {
    Path java = dir.resolve("java");
    new ImportRun(PROJECT, "rule-findings", "com.acme", false, ProfileTarget.ANNOTATIONS, log::add)
        .run(ACCEPTS, new ImportWriter(java, dir.resolve("hubspot")));
    Path app = java.resolve("com/acme/AcmeTextingApp.java");
    Path card = java.resolve("com/acme/DealTextsCard.java");
    assertEquals(
        List.of(
            "Imported rule-findings: 2 Java source(s), 2 front-end file(s); 4 file(s) written",
            RULES
                + ", as the build of the imported sources will report them (1 error(s), 1 warning(s)):"
                + System.lineSeparator()
                + "  "
                + app
                + ":18: error: [HS-SUPPORT-PHONE] supportPhone \"555-0199\" is not an international number:"
                + " expected '+' and 7 to 15 digits, grouped by spaces, '-', '.' or parentheses, e.g. \"+18005555555\" or"
                + " \"+1 (800) 555-5555\" (did you mean \"+5550199\"?) (see "
                + PAGES
                + "HS-SUPPORT-PHONE.md)"
                + System.lineSeparator()
                + "  "
                + card
                + ":16: warning: [HS-OBJECT-SCOPE] @Card shows on \"deals\", but the app does not request"
                + " crm.objects.deals.read; add \"crm.objects.deals.read\" to @Auth requiredScopes (see "
                + PAGES
                + "HS-OBJECT-SCOPE.md)",
            "The imported project breaks rules HubSpot applies on upload, as the original does: the build of the"
                + " imported sources fails until the errors above are fixed in them. The import wrote them all the"
                + " same, and changed no value to satisfy a rule."),
        log.subList(1, log.size()));
    assertTrue(Files.readString(app).contains("supportPhone = \"555-0199\""));
  }

  @Test
  void aProjectThatMeetsTheRulesSaysSo() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "cards",
                "deal_card",
                "card",
                """
        {"name": "Deal card", "location": "crm.record.tab", "entrypoint": "/app/cards/Deal.tsx",
         "objectTypes": ["contacts"]}""")
            .file("src/app/cards/Deal.tsx", "export default () => null;\n");
    new ImportRun(
            project.dir(),
            "hubspot-project",
            "com.acme",
            false,
            ProfileTarget.ANNOTATIONS,
            log::add)
        .run(ACCEPTS, new ImportWriter(dir.resolve("java"), dir.resolve("hubspot")));
    assertEquals(
        RULES + ": the imported sources compile without a finding", log.get(log.size() - 1));
  }

  @Test
  void withoutFrontEndFilesTheProcessorIsToldOfNoFrontEndFolder() throws Exception {
    TestProject project = TestProject.of(dir);
    new ImportRun(
            project.dir(),
            "hubspot-project",
            "com.acme",
            false,
            ProfileTarget.ANNOTATIONS,
            log::add)
        .run(ACCEPTS, new ImportWriter(dir.resolve("java"), dir.resolve("hubspot")));
    assertEquals(
        RULES + ": the imported sources compile without a finding", log.get(log.size() - 1));
  }
}
