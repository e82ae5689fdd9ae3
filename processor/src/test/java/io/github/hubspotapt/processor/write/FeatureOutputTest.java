package io.github.hubspotapt.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.rules.Frontend;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the processor writes for features: the user's front-end files copied beside the generated
 * {@code *-hsmeta.json} files, and one file per feature even when names clash.
 */
class FeatureOutputTest {

  private static final String PROJECT = "hubspot-project/";
  private static final byte[] CARD_TSX =
      ("import { Text } from \"@hubspot/ui-extensions\";\n"
              + "// Grüße, 你好 — bytes are copied as they are\r\n"
              + "export default () => <Text>Hello</Text>;\n")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};

  @TempDir Path frontendDir;

  private static List<String> projectFiles(Compilation compilation) {
    String prefix = "/SOURCE_OUTPUT/" + PROJECT;
    return compilation.generatedFiles().stream()
        .map(f -> f.toUri().getPath())
        .filter(p -> p.startsWith(prefix))
        .map(p -> p.substring(prefix.length()))
        .sorted()
        .toList();
  }

  private static byte[] bytes(Compilation compilation, String path) {
    JavaFileObject file =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, PROJECT + path)
            .orElseThrow(
                () ->
                    new AssertionError(
                        PROJECT
                            + path
                            + " not generated; generated: "
                            + projectFiles(compilation)));
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(Compilation compilation, String path) {
    try {
      return new ObjectMapper().readTree(bytes(compilation, path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void frontendFilesAreCopiedBesideTheGeneratedFilesWithoutNodeModules() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/cards/Card.tsx", CARD_TSX)
            .file("app/cards/package.json", "{\"name\": \"cards\"}\n")
            .file("app/cards/images/preview.png", IMAGE)
            .file("app/cards/node_modules/react/index.js", "module.exports = {};\n")
            .file("node_modules/.package-lock.json", "{}\n");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().build(),
            AppSource.card("MyCard")
                .with(
                    "previewImage",
                    "@PreviewImage(file = \"images/preview.png\", altText = \"A preview\")")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(bytes(compilation, "src/app/cards/Card.tsx")).isEqualTo(CARD_TSX);
    assertThat(bytes(compilation, "src/app/cards/images/preview.png")).isEqualTo(IMAGE);
    assertThat(projectFiles(compilation))
        .containsExactly(
            "hsproject.json",
            "src/app/app-hsmeta.json",
            "src/app/cards/Card.tsx",
            "src/app/cards/images/preview.png",
            "src/app/cards/my-card-hsmeta.json",
            "src/app/cards/package.json");
    assertThat(
            json(compilation, "src/app/cards/my-card-hsmeta.json")
                .at("/config/entrypoint")
                .asText())
        .isEqualTo("/app/cards/Card.tsx");
  }

  @Test
  void frontendFilesGoIntoTheConfiguredSrcDir() {
    Frontend frontend = new Frontend(frontendDir).file("app/cards/Card.tsx", CARD_TSX);

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().with("srcDir", "\"hubspot\"").build(),
            AppSource.card("MyCard").build());

    assertThat(compilation).succeeded();
    assertThat(bytes(compilation, "hubspot/app/cards/Card.tsx")).isEqualTo(CARD_TSX);
    assertThat(projectFiles(compilation)).doesNotContain("src/app/cards/Card.tsx");
  }

  /**
   * {@code ./hubspot/} names the folder {@code hubspot}, as HubSpot's parser resolves it: no {@code
   * ./} in paths.
   */
  @Test
  void frontendAndGeneratedFilesGoIntoTheResolvedSrcDir() {
    Frontend frontend = new Frontend(frontendDir).file("app/cards/Card.tsx", CARD_TSX);

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().with("srcDir", "\"./hubspot/\"").build(),
            AppSource.card("MyCard").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(projectFiles(compilation))
        .containsExactly(
            "hsproject.json",
            "hubspot/app/app-hsmeta.json",
            "hubspot/app/cards/Card.tsx",
            "hubspot/app/cards/my-card-hsmeta.json");
    assertThat(json(compilation, "hsproject.json").get("srcDir").asText()).isEqualTo("./hubspot/");
  }

  /**
   * isUserLevel is written after the distribution only for a user-level app; the logo file is
   * copied.
   */
  @Test
  void aUserLevelAppWithLogoWritesBothKeysAndCopiesTheLogo() {
    Frontend frontend = new Frontend(frontendDir).file("app/app-logo.png", IMAGE);

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid()
                .with("logo", "\"/app/app-logo.png\"")
                .with("userLevel", "true")
                .with("platformVersion", "PlatformVersion.V2026_09")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(bytes(compilation, "src/app/app-logo.png")).isEqualTo(IMAGE);
    JsonNode config = json(compilation, "src/app/app-hsmeta.json").get("config");
    assertThat(List.copyOf(config.properties()).stream().map(e -> e.getKey()).toList())
        .containsExactly(
            "description", "name", "logo", "distribution", "isUserLevel", "auth", "permittedUrls")
        .inOrder();
    assertThat(config.get("logo").asText()).isEqualTo("/app/app-logo.png");
    assertThat(config.get("isUserLevel").isBoolean() && config.get("isUserLevel").asBoolean())
        .isTrue();
  }

  /**
   * As HubSpot's examples write output fields: the control only when given, externalOptions only
   * when written out, {@code false} included (issue 27: a real project's agent tools write {@code
   * "externalOptions": false}).
   */
  @Test
  void outputFieldsWriteAGivenControlAndExternalOptionsAsWritten() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            AppSource.valid().build(),
            AppSource.workflowActionWithOutput(
                    "Notify",
                    "    @OutputField(fieldType = \"textarea\") String summary;",
                    "    @OutputField(externalOptions = true) Owner owner;",
                    "    @OutputField(externalOptions = false) String count;",
                    "    @OutputField String plain;",
                    "    String bare;",
                    "    public enum Owner { ME }")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode outputs =
        json(compilation, "src/app/workflow-actions/notify-hsmeta.json").at("/config/outputFields");
    assertThat(outputs.toString())
        .isEqualTo(
            "[{\"typeDefinition\":{\"name\":\"summary\",\"type\":\"string\","
                + "\"fieldType\":\"textarea\"}},{\"typeDefinition\":{\"name\":\"owner\",\"type\":\"enumeration\","
                + "\"options\":[{\"value\":\"ME\",\"label\":\"Me\"}],\"externalOptions\":true}},"
                + "{\"typeDefinition\":{\"name\":\"count\",\"type\":\"string\",\"externalOptions\":false}},"
                + "{\"typeDefinition\":{\"name\":\"plain\",\"type\":\"string\"}},"
                + "{\"typeDefinition\":{\"name\":\"bare\",\"type\":\"string\"}}]");
  }

  /**
   * Issue 27: a real project's app-event properties have a description, written after the label
   * (where HubSpot's app-object template writes a property's description) and left out when empty.
   */
  @Test
  void appEventPropertyDescriptionIsWrittenAfterItsLabel() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            AppSource.timelineApp().build(),
            AppSource.appEvent("Signup")
                .record(
                    "@EventProperty(label = \"Plan\", description = \"The plan chosen at signup\") String plan",
                    "String seats")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode properties =
        json(compilation, "src/app/app-events/signup-hsmeta.json").at("/config/properties");
    assertThat(properties.toString())
        .isEqualTo(
            "[{\"name\":\"plan\",\"label\":\"Plan\","
                + "\"description\":\"The plan chosen at signup\",\"type\":\"string\"},"
                + "{\"name\":\"seats\",\"label\":\"seats\",\"type\":\"string\"}]");
  }

  /**
   * Issue 27: a real project's association has labels, written after the object types with their
   * keys in its order (name, firstObjectTypeLabel, secondObjectTypeLabel), an empty object label
   * left out.
   */
  @Test
  void associationLabelsAreWrittenAfterTheObjectTypes() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            AppSource.valid().build(),
            AppSource.appObject("Car").build(),
            AppSource.association("CarToContact")
                .with(
                    "labels",
                    "{@AssociationLabel(name = \"default\", firstObjectTypeLabel = \"Cars\","
                        + " secondObjectTypeLabel = \"Contacts\"), @AssociationLabel(name = \"owner\","
                        + " secondObjectTypeLabel = \"Owners\")}")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    JsonNode config =
        json(compilation, "src/app/app-object-associations/car-to-contact-hsmeta.json")
            .at("/config");
    assertThat(config.toString())
        .isEqualTo(
            "{\"firstObjectType\":\"car\",\"secondObjectType\":\"CONTACT\","
                + "\"labels\":[{\"name\":\"default\",\"firstObjectTypeLabel\":\"Cars\",\"secondObjectTypeLabel\":\"Contacts\"},"
                + "{\"name\":\"owner\",\"secondObjectTypeLabel\":\"Owners\"}]}");
  }

  /**
   * The type's folder and value, the uid's file name, and the user's JSON in its key order,
   * reformatted.
   */
  @Test
  void anExperimentalFeatureIsWrittenInItsTypesFolderWithItsConfigAsGiven() throws IOException {
    Compilation compilation =
        compile(
            List.of(
                "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE",
                "-Ahubspot.severity.HS_EXPERIMENTAL_TYPE=NONE"),
            AppSource.valid().build(),
            AppSource.experimental("Journal", "WEBHOOKS_JOURNAL")
                .with(
                    "config",
                    "\"{\\\"zeta\\\":1,  \\\"alpha\\\": {\\\"b\\\": [true, null, 2.5]}}\"")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(projectFiles(compilation))
        .containsExactly(
            "hsproject.json",
            "src/app/app-hsmeta.json",
            "src/app/webhooks-journal/journal-hsmeta.json");
    assertThat(
            compilation
                .generatedFile(
                    StandardLocation.SOURCE_OUTPUT,
                    "",
                    PROJECT + "src/app/webhooks-journal/journal-hsmeta.json")
                .orElseThrow()
                .getCharContent(true)
                .toString())
        .isEqualTo(
            "{\n  \"uid\": \"journal\",\n  \"type\": \"webhooks-journal\",\n  \"config\": {\n"
                + "    \"zeta\": 1,\n    \"alpha\": {\n      \"b\": [\n        true,\n        null,\n        2.5\n      ]\n"
                + "    }\n  }\n}\n");
  }

  @Test
  void anAccountLevelAppWritesNoIsUserLevel() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            AppSource.valid().with("userLevel", "false").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            json(compilation, "src/app/app-hsmeta.json").at("/config/isUserLevel").isMissingNode())
        .isTrue();
  }

  @Test
  void nothingIsCopiedWithoutAFrontendFolder() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            AppSource.valid().build(),
            AppSource.card("MyCard").build());

    assertThat(compilation).succeeded();
    assertThat(projectFiles(compilation))
        .containsExactly(
            "hsproject.json", "src/app/app-hsmeta.json", "src/app/cards/my-card-hsmeta.json");
  }

  @Test
  void twoCardsWithTheSameNameAreNamedAfterTheirUids() {
    Frontend frontend = new Frontend(frontendDir).file("app/cards/Card.tsx", CARD_TSX);

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid()
                .withAuth(
                    "requiredScopes",
                    "{\"oauth\", \"crm.objects.contacts.read\"," + " \"crm.objects.deals.read\"}")
                .build(),
            AppSource.card("ContactInvoices")
                .with("uid", "\"invoices_contacts\"")
                .with("name", "\"Invoices\"")
                .build(),
            AppSource.card("DealInvoices")
                .with("uid", "\"invoices.deals\"")
                .with("name", "\"Invoices\"")
                .with("objectTypes", "\"deals\"")
                .build(),
            AppSource.card("Summary")
                .with("uid", "\"summary_card\"")
                .with("name", "\"Invoice Summary\"")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(projectFiles(compilation))
        .containsExactly(
            "hsproject.json",
            "src/app/app-hsmeta.json",
            "src/app/cards/Card.tsx",
            "src/app/cards/invoice-summary-hsmeta.json",
            "src/app/cards/invoices-contacts-hsmeta.json",
            "src/app/cards/invoices-deals-hsmeta.json");
    assertThat(json(compilation, "src/app/cards/invoices-contacts-hsmeta.json").get("uid").asText())
        .isEqualTo("invoices_contacts");
    assertThat(json(compilation, "src/app/cards/invoices-deals-hsmeta.json").get("uid").asText())
        .isEqualTo("invoices.deals");
  }

  @Test
  void sameNameInDifferentFeatureFoldersKeepsTheName() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
            AppSource.bulkActionApp().build(),
            AppSource.card("MyCard").with("name", "\"Invoices\"").build(),
            AppSource.bulkAction("MyAction").with("label", "\"Invoices\"").build());

    assertThat(compilation).succeeded();
    assertThat(projectFiles(compilation))
        .containsAtLeast(
            "src/app/cards/invoices-hsmeta.json", "src/app/actions/invoices-hsmeta.json");
  }

  @Test
  void uidBasedNamesThatStillMeetAreNumberedSoNoCardIsLost() {
    Compilation twoCards =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("CardA").with("uid", "\"inv_a\"").with("name", "\"Invoices\"").build(),
            AppSource.card("CardB").with("uid", "\"inv-a\"").with("name", "\"Invoices\"").build());
    Compilation threeCards =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("CardA").with("uid", "\"report\"").with("name", "\"Invoices\"").build(),
            AppSource.card("CardB").with("uid", "\"other\"").with("name", "\"Invoices\"").build(),
            AppSource.card("CardC").with("uid", "\"x\"").with("name", "\"Report\"").build());

    assertEquals(List.of("inv-a-2-hsmeta.json", "inv-a-hsmeta.json"), cardFiles(twoCards));
    assertEquals(
        List.of("other-hsmeta.json", "report-2-hsmeta.json", "report-hsmeta.json"),
        cardFiles(threeCards));
  }

  /**
   * A card name, bulk-action label or action name of 250 characters would make a file name longer
   * than file systems allow: such features are named after their uids, also when written into a
   * real project folder.
   */
  @Test
  void namesTooLongForAFileNameFallBackToTheUid(@TempDir Path projectDir) throws IOException {
    String longName = "Invoice " + "x".repeat(242);
    Compilation compilation =
        compile(
            List.of(
                "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE",
                "-Ahubspot.projectDir=" + projectDir),
            AppSource.bulkActionApp().build(),
            AppSource.card("MyCard").with("name", "\"" + longName + "\"").build(),
            AppSource.bulkAction("MyAction").with("label", "\"" + longName + "\"").build(),
            JavaFileObjects.forSourceLines(
                "test.Notify",
                "package test;",
                "import io.github.hubspotapt.*;",
                "@WorkflowAction(uid = \"notify\", actionUrl = \"https://example.com/actions/notify\",",
                "    labels = @ActionLabels(actionName = \"" + longName + "\"))",
                "public record Notify(String message) {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(projectFiles(compilation))
        .containsAtLeast(
            "src/app/cards/my-card-hsmeta.json",
            "src/app/actions/my-action-hsmeta.json",
            "src/app/workflow-actions/notify-hsmeta.json");
    assertThat(json(compilation, "src/app/cards/my-card-hsmeta.json").at("/config/name").asText())
        .isEqualTo(longName);
    assertThat(
            java.nio.file.Files.readString(
                projectDir.resolve("src/app/actions/my-action-hsmeta.json")))
        .contains(longName);
  }

  /** A uid too long as well (its rule lowered to a warning) is cut: the file is still written. */
  @Test
  void aLongUidIsCutToTheLongestName(@TempDir Path projectDir) {
    String longUid = "c".repeat(250);
    Compilation compilation =
        compile(
            List.of(
                "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE",
                "-Ahubspot.severity.HS_UID_LENGTH=WARNING",
                "-Ahubspot.projectDir=" + projectDir),
            AppSource.valid().build(),
            AppSource.card("MyCard")
                .with("uid", "\"" + longUid + "\"")
                .with("name", "\"" + longUid + "\"")
                .build());

    assertThat(compilation).succeeded();
    assertThat(projectFiles(compilation))
        .contains("src/app/cards/" + "c".repeat(100) + "-hsmeta.json");
    assertThat(
            projectDir
                .resolve("src/app/cards/" + "c".repeat(100) + "-hsmeta.json")
                .toFile()
                .isFile())
        .isTrue();
  }

  private static List<String> cardFiles(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .map(f -> f.toUri().getPath())
        .filter(p -> p.contains("/hubspot-project/src/app/cards/"))
        .map(p -> p.substring(p.lastIndexOf('/') + 1))
        .sorted()
        .toList();
  }
}
