package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.CLocaleJavac;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameRuleTest {

  private static final String RULE = "HS-FILE-NAME";

  private static JavaFileObject cardNamed(String fileName) {
    return AppSource.card("MyCard")
        .with("fileName", "\"" + fileName.replace("\\", "\\\\") + "\"")
        .build();
  }

  private static void assertCardRejected(String fileName, String located, String problem) {
    assertCardRejected(fileName, located, located, problem);
  }

  /**
   * {@code shown} is the value as the message quotes it, {@code located} the literal the error
   * points at.
   */
  private static void assertCardRejected(
      String fileName, String located, String shown, String problem) {
    JavaFileObject card = cardNamed(fileName);
    assertRejected(
        compile(NO_FRONTEND, AppSource.valid().build(), card),
        card,
        RULE,
        "fileName " + shown + " of @Card test.MyCard " + problem,
        located);
  }

  @Test
  void aNameWithAFolderIsAnErrorNamingTheFileAlone() {
    assertCardRejected(
        "cards/my-card-hsmeta.json",
        "\"cards/my-card-hsmeta.json\"",
        "is a path; it names a file in src/app/cards/, the only folder HubSpot's parser reads it from, so give the"
            + " name alone (did you mean my-card-hsmeta.json?)");
  }

  @Test
  void aBackslashIsAPathToo() {
    assertCardRejected(
        "..\\my-card-hsmeta.json",
        "\"..\\\\my-card-hsmeta.json\"",
        "is a path; it names a file in src/app/cards/, the only folder HubSpot's parser reads it from, so give the"
            + " name alone (did you mean my-card-hsmeta.json?)");
  }

  @Test
  void aNameWithoutTheSuffixIsAnErrorWithTheSuffixedNameSuggested() {
    assertCardRejected(
        "my-card.json",
        "\"my-card.json\"",
        "does not end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean"
            + " my-card-hsmeta.json?)");
  }

  @Test
  void theSuffixIsCaseSensitiveAsInTheParser() {
    assertCardRejected(
        "my-card-HSMETA.json",
        "\"my-card-HSMETA.json\"",
        "does not end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean"
            + " my-card-hsmeta.json?)");
  }

  @Test
  void dotAndDotDotAreNoFileNames() {
    assertCardRejected(
        "..",
        "\"..\"",
        "does not end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean"
            + " ..-hsmeta.json?)");
  }

  @Test
  void aSpaceWhichTheFilerRefusesIsAnErrorNotACrash() {
    assertCardRejected(
        "my card-hsmeta.json",
        "\"my card-hsmeta.json\"",
        "is not a name the compiler can write: a file name uses only letters and digits (of any script) and"
            + " _ - . @ + ~, and \" \" is none of them");
  }

  @Test
  void anEmojiIsNoLetterAndAnError() {
    assertCardRejected(
        "launch\ud83d\ude80-hsmeta.json",
        "\"launch\ud83d\ude80-hsmeta.json\"",
        "is not a name the compiler can write: a file name uses only letters and digits (of any script) and"
            + " _ - . @ + ~, and \"\ud83d\ude80\" is none of them");
  }

  @Test
  void aNameOfMoreThan200BytesIsAnError() {
    String name = "c".repeat(189) + "-hsmeta.json";
    assertCardRejected(
        name,
        "\"" + name + "\"",
        "\"" + "c".repeat(80) + "...\" (201 characters)",
        "is too long: a file name has at most 200 bytes in UTF-8, an accented letter two or three, and this one has"
            + " 201");
  }

  /**
   * 80 characters, but 80 accented letters are 240 bytes as macOS writes them (an e and a combining
   * accent).
   */
  @Test
  void accentedLettersCountInBytes() {
    String name = "\u00e9".repeat(68) + "-hsmeta.json";
    assertCardRejected(
        name,
        "\"" + name + "\"",
        "is too long: a file name has at most 200 bytes in UTF-8, an"
            + " accented letter two or three, and this one has 216");
  }

  /**
   * In a C or POSIX locale (a container without LANG), Java names files in ASCII and javac's Filer
   * refuses {@code café-hsmeta.json}: an error at the value that says why, from a javac run in that
   * locale. Linux only: macOS and Windows name files in Unicode whatever the locale.
   */
  @Test
  void aLocaleThatCannotNameTheFileIsAnErrorSayingSo(@TempDir Path dir) throws Exception {
    assumeTrue(CLocaleJavac.applies(), "file names follow the locale on Linux");
    AppSource card = AppSource.card("MyCard").with("fileName", "\"caf\\u00e9-hsmeta.json\"");

    CLocaleJavac.assertErrorAt(
        CLocaleJavac.compile(dir, List.of(AppSource.valid(), card)),
        card,
        "[HS-FILE-NAME] fileName \"caf\u00e9-hsmeta.json\" of"
            + " @Card test.MyCard cannot be a file name on this machine: its locale names files in ANSI_X3.4-1968 (a C or"
            + " POSIX locale), without \"\u00e9\"; build with a UTF-8 locale, e.g. LANG=C.UTF-8, or use ASCII letters",
        "\"caf");
  }

  @Test
  void theAppFileNameIsCheckedOnHubSpotApp() {
    JavaFileObject app = AppSource.valid().with("fileName", "\"app.json\"").build();

    assertRejected(
        compile(NO_FRONTEND, app),
        app,
        RULE,
        "fileName \"app.json\" of @HubSpotApp test.TestApp does not"
            + " end in -hsmeta.json, so HubSpot's parser would not read the file (did you mean app-hsmeta.json?)",
        "\"app.json\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Foo-Helpdesk-hsmeta.json",
        "my_card.v2-hsmeta.json",
        "logo@2x+~-hsmeta.json",
        "-hsmeta.json"
      })
  void plainNamesEndingInTheSuffixPass(String fileName) {
    assertSucceededWithout(
        compile(NO_FRONTEND, AppSource.valid().build(), cardNamed(fileName)), RULE);
  }

  /**
   * Letters of any script, composed or with combining accents: javac's Filer writes them (in a
   * UTF-8 locale) and HubSpot's parser reads them, as a project written during HubSpot's beta does
   * with {@code café-hsmeta.json}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "caf\u00e9-hsmeta.json",
        "cafe\u0301-hsmeta.json",
        "\u65e5\u672c\u8a9e-hsmeta.json",
        "\u0928\u092e\u0938\u094d\u0924\u0947-\u0967\u0968-hsmeta.json",
        "Stra\u00dfe-hsmeta.json"
      })
  void lettersOfEveryScriptAreWritten(String fileName) {
    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), cardNamed(fileName));

    assertSucceededWithout(compilation, RULE);
    String path = "hubspot-project/src/app/cards/" + fileName;
    assertTrue(
        compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "", path).isPresent(), path);
  }
}
