package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameRuleTest {

  private static final String RULE = "HS-FILE-NAME";

  private static JavaFileObject cardNamed(String fileName) {
    return AppSource.card("MyCard").with("fileName", "\"" + fileName.replace("\\", "\\\\") + "\"").build();
  }

  private static void assertCardRejected(String fileName, String located, String problem) {
    assertCardRejected(fileName, located, located, problem);
  }

  /** {@code shown} is the value as the message quotes it, {@code located} the literal the error points at. */
  private static void assertCardRejected(String fileName, String located, String shown, String problem) {
    JavaFileObject card = cardNamed(fileName);
    assertRejected(compile(NO_FRONTEND, AppSource.valid().build(), card), card, RULE,
        "fileName " + shown + " of @Card test.MyCard " + problem, located);
  }

  @Test
  void aNameWithAFolderIsAnErrorNamingTheFileAlone() {
    assertCardRejected("cards/my-card-hsmeta.json", "\"cards/my-card-hsmeta.json\"",
        "is a path; it names a file in src/app/cards/, the only folder HubSpot's parser reads it from, so give the"
            + " name alone (did you mean my-card-hsmeta.json?)");
  }

  @Test
  void aBackslashIsAPathToo() {
    assertCardRejected("..\\my-card-hsmeta.json", "\"..\\\\my-card-hsmeta.json\"",
        "is a path; it names a file in src/app/cards/, the only folder HubSpot's parser reads it from, so give the"
            + " name alone (did you mean my-card-hsmeta.json?)");
  }

  @Test
  void aNameWithoutTheSuffixIsAnErrorWithTheSuffixedNameSuggested() {
    assertCardRejected("my-card.json", "\"my-card.json\"",
        "does not end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean"
            + " my-card-hsmeta.json?)");
  }

  @Test
  void theSuffixIsCaseSensitiveAsInTheParser() {
    assertCardRejected("my-card-HSMETA.json", "\"my-card-HSMETA.json\"",
        "does not end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean"
            + " my-card-hsmeta.json?)");
  }

  @Test
  void dotAndDotDotAreNoFileNames() {
    assertCardRejected("..", "\"..\"",
        "does not end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean"
            + " ..-hsmeta.json?)");
  }

  @Test
  void aSpaceWhichTheFilerRefusesIsAnErrorNotACrash() {
    assertCardRejected("my card-hsmeta.json", "\"my card-hsmeta.json\"",
        "is not a name the compiler can write: a file name uses only letters, digits and _ - . @ + ~");
  }

  @Test
  void aNameOfMoreThan200CharactersIsAnError() {
    String name = "c".repeat(189) + "-hsmeta.json";
    assertCardRejected(name, "\"" + name + "\"", "\"" + "c".repeat(80) + "...\" (201 characters)",
        "is too long: a file name has at most 200 characters");
  }

  @Test
  void theAppFileNameIsCheckedOnHubSpotApp() {
    JavaFileObject app = AppSource.valid().with("fileName", "\"app.json\"").build();

    assertRejected(compile(NO_FRONTEND, app), app, RULE, "fileName \"app.json\" of @HubSpotApp test.TestApp does not"
        + " end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean app-hsmeta.json?)",
        "\"app.json\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Foo-Helpdesk-hsmeta.json", "my_card.v2-hsmeta.json", "logo@2x+~-hsmeta.json",
      "-hsmeta.json"})
  void plainNamesEndingInTheSuffixPass(String fileName) {
    assertSucceededWithout(compile(NO_FRONTEND, AppSource.valid().build(), cardNamed(fileName)), RULE);
  }
}
