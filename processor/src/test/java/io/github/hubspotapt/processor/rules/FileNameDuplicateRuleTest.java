package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNameDuplicateRuleTest {

  private static final String RULE = "HS-FILE-NAME-DUPLICATE";

  @TempDir Path frontendDir;

  private static JavaFileObject card(String className, String fileName) {
    return AppSource.card(className).with("fileName", "\"" + fileName + "\"").build();
  }

  @Test
  void twoCardsNamingOneFileIsAnErrorOnTheSecond() {
    JavaFileObject second = card("SecondCard", "shared-hsmeta.json");

    assertRejected(
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            card("FirstCard", "shared-hsmeta.json"),
            second),
        second,
        RULE,
        "fileName \"shared-hsmeta.json\" of @Card test.SecondCard names the file that @Card"
            + " test.FirstCard names \"shared-hsmeta.json\" in src/app/cards/; each component needs a file of its own"
            + " (names that differ only in case are one file on macOS and Windows, and so are names that differ"
            + " only in how an accent is encoded on macOS)",
        "\"shared-hsmeta.json\"");
  }

  /**
   * macOS stores {@code é} as {@code e} and a combining accent, whichever the name was written
   * with.
   */
  @Test
  void namesThatDifferOnlyInHowAnAccentIsEncodedMeet() {
    JavaFileObject second = card("SecondCard", "cafe\u0301-hsmeta.json");

    assertRejected(
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            card("FirstCard", "Caf\u00e9-hsmeta.json"),
            second),
        second,
        RULE,
        "fileName \"cafe\u0301-hsmeta.json\" of @Card test.SecondCard names the file that @Card"
            + " test.FirstCard names \"Caf\u00e9-hsmeta.json\" in src/app/cards/",
        "\"cafe\u0301-hsmeta.json\"");
  }

  @Test
  void namesThatDifferOnlyInCaseMeet() {
    JavaFileObject second = card("SecondCard", "Shared-hsmeta.json");

    assertRejected(
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            card("FirstCard", "shared-hsmeta.json"),
            second),
        second,
        RULE,
        "fileName \"Shared-hsmeta.json\" of @Card test.SecondCard names the file that @Card"
            + " test.FirstCard names \"shared-hsmeta.json\" in src/app/cards/",
        "\"Shared-hsmeta.json\"");
  }

  @Test
  void oneNameInTwoFoldersPasses() {
    JavaFileObject settings =
        AppSource.settings("MySettings").with("fileName", "\"shared-hsmeta.json\"").build();

    assertSucceededWithout(
        compile(
            NO_FRONTEND, AppSource.valid().build(), card("MyCard", "shared-hsmeta.json"), settings),
        RULE);
  }

  @Test
  void aHandWrittenFileOfTheFrontEndFolderAtThatPathIsAnError() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file(
                "app/cards/Old-Card-hsmeta.json",
                "{\"uid\": \"old_card\", \"type\": \"card\", \"config\": {}}\n");
    JavaFileObject card = card("MyCard", "old-card-hsmeta.json");

    assertRejected(
        compile(List.of(frontend.option()), AppSource.valid().build(), card),
        card,
        RULE,
        "fileName \"old-card-hsmeta.json\" of @Card test.MyCard names the file of the hand-written "
            + frontendDir.resolve("app/cards/Old-Card-hsmeta.json")
            + " in the front-end folder, which the generated"
            + " file would replace; choose another name, or delete the hand-written file now that the annotation"
            + " declares the component",
        "\"old-card-hsmeta.json\"");
  }

  @Test
  void theAppFileMeetsAHandWrittenFileInTheAppFolder() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file("app/my-app-hsmeta.json", "{}\n");
    JavaFileObject app = AppSource.valid().with("fileName", "\"my-app-hsmeta.json\"").build();

    assertRejected(
        compile(List.of(frontend.option()), app, AppSource.card("MyCard").build()),
        app,
        RULE,
        "fileName \"my-app-hsmeta.json\" of @HubSpotApp test.TestApp names the file of the hand-written "
            + frontendDir.resolve("app/my-app-hsmeta.json")
            + " in the front-end folder",
        "\"my-app-hsmeta.json\"");
  }
}
