package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import io.github.hubspotapt.processor.testing.CLocaleJavac;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the profiles themselves: {@code @Profile}s on the app class and hand-written profile
 * files.
 */
class ProfileRulesTest {

  @TempDir Path frontendDir;

  private static JavaFileObject app(String... profiles) {
    return AppSource.valid().annotatedWith(profiles).build();
  }

  private Frontend frontend() {
    return new Frontend(frontendDir);
  }

  private static Compilation compileWith(Frontend frontend, JavaFileObject app) {
    return compile(List.of(frontend.option()), app);
  }

  /**
   * The one error of {@code rule}, printed without a source position, is exactly {@code message}.
   */
  private static void assertFileError(Compilation compilation, String rule, String message) {
    assertThat(compilation).failed();
    List<? extends Diagnostic<?>> errors =
        compilation.errors().stream()
            .filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + rule + "]"))
            .toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(Locale.ROOT))
        .isEqualTo("[" + rule + "] " + message + " (see " + HubSpotCompiler.page(rule) + ")");
    assertThat(errors.get(0).getSource()).isNull();
  }

  @Test
  void aProfileNameWithADotIsAnErrorOnTheName() {
    JavaFileObject app = app("@Profile(name = \"dev.local\", accountId = 123)");

    assertRejected(
        compile(NO_FRONTEND, app),
        app,
        "HS-PROFILE-NAME",
        "profile name \"dev.local\" has a dot;"
            + " HubSpot's CLI finds a profile only as hsprofile.<name>.json directly in srcDir",
        "\"dev.local\"");
  }

  /**
   * HubSpot's CLI would read hsprofile.a b.json, but javac's Filer writes no space; before this was
   * checked, the write failed on the app class (found by fuzzing).
   */
  @Test
  void aProfileNameTheCompilerCannotWriteIsAnErrorOnTheName() {
    JavaFileObject app = app("@Profile(name = \"a b\", accountId = 123)");

    assertRejected(
        compile(NO_FRONTEND, app),
        app,
        "HS-PROFILE-NAME",
        "profile name \"a b\" gives the file name \"hsprofile.a b.json\", which the compiler cannot"
            + " write: a file name uses only letters and digits (of any script) and _ - . @ + ~",
        "\"a b\"");
  }

  /** Before this was checked, the write failed with an internal error (found by fuzzing). */
  @Test
  void aProfileNameTheLocaleCannotNameIsAnErrorOnTheName(@TempDir Path dir) throws Exception {
    assumeTrue(CLocaleJavac.applies(), "file names follow the locale on Linux");
    AppSource app =
        AppSource.valid().annotatedWith("@Profile(name = \"pr\\u00f6f\", accountId = 123)");

    CLocaleJavac.assertErrorAt(
        CLocaleJavac.compile(dir, List.of(app)),
        app,
        "[HS-PROFILE-NAME] profile name \"pr\u00f6f\" gives the file name \"hsprofile.pr\u00f6f.json\","
            + " which cannot be a file name on this machine",
        "\"pr");
  }

  @Test
  void aVariableValueThatIsNotItsTypeIsAnErrorOnTheValue() {
    JavaFileObject app =
        app(
            "@Profile(name = \"local\", accountId = 123, variables = {",
            "    @Variable(name = \"MAX\", value = \"ten\", type = VariableType.NUMBER),",
            "    @Variable(name = \"ON\", value = \"yes\", type = VariableType.BOOLEAN)})");

    Compilation compilation = compile(NO_FRONTEND, app);

    assertRejected(
        compilation,
        app,
        "HS-PROFILE-VALUE",
        "in profile \"local\": variable MAX is a NUMBER, but its value \"ten\" is not a JSON number",
        "\"ten\"");
    assertRejected(
        compilation,
        app,
        "HS-PROFILE-VALUE",
        "in profile \"local\": variable ON is a BOOLEAN, but its value \"yes\" is neither"
            + " \"true\" nor \"false\"",
        "\"yes\"");
  }

  /**
   * javac wraps repeated {@code @Profile}s in a container its Messager cannot match to the source,
   * and put this error on the class name (found by the third fuzzing campaign, D5).
   */
  @Test
  void aVariableValueInTheSecondOfTwoProfilesIsAnErrorOnThatValue() {
    JavaFileObject app =
        app(
            "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"N\", value = \"5\",",
            "    type = VariableType.NUMBER))",
            "@Profile(name = \"prod\", accountId = 456, variables = {",
            "    @Variable(name = \"A\", value = \"a\"),",
            "    @Variable(name = \"N\", value = \"abc\", type = VariableType.NUMBER)})");

    Compilation compilation = compile(NO_FRONTEND, app);

    assertRejected(
        compilation,
        app,
        "HS-PROFILE-VALUE",
        "in profile \"prod\": variable N is a NUMBER, but its value \"abc\" is not a JSON number",
        "\"abc\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** As the variable's value above, the second profile's name (D5). */
  @Test
  void aNameOfTheSecondOfTwoProfilesIsAnErrorOnThatName() {
    JavaFileObject app =
        app(
            "@Profile(name = \"local\", accountId = 123)",
            "@Profile(name = \"dev.prod\", accountId = 456)");

    Compilation compilation = compile(NO_FRONTEND, app);

    assertRejected(
        compilation,
        app,
        "HS-PROFILE-NAME",
        "profile name \"dev.prod\" has a dot;"
            + " HubSpot's CLI finds a profile only as hsprofile.<name>.json directly in srcDir",
        "\"dev.prod\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The second profile's accountId, and a name the second profile repeats (D5). */
  @Test
  void anAccountAndADuplicateInRepeatedProfilesAreErrorsOnTheirValues() {
    JavaFileObject app =
        app(
            "@Profile(name = \"local\", accountId = 123)",
            "@Profile(name = \"prod\", accountId = -7L)",
            "@Profile(name = \"local\", accountId = 789)");

    Compilation compilation = compile(NO_FRONTEND, app);

    assertRejected(
        compilation,
        app,
        "HS-PROFILE-ACCOUNT",
        "in profile \"prod\": accountId -7 is no HubSpot account",
        "-7L");
    assertError(
        compilation,
        app,
        "HS-PROFILE-DUPLICATE",
        "profile \"local\" is already declared by",
        "\"local\", accountId = 789");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aProfileDeclaredTwiceIsAnErrorOnTheSecondName() {
    JavaFileObject app =
        app(
            "@Profiles({",
            "    @Profile(name = \"local\", accountId = 123),",
            "    @Profile(name = \"local\", accountId = 456, variables = {",
            "        @Variable(name = \"A\", value = \"1\"),",
            "        @Variable(name = \"A\", value = \"2\")})})");

    Compilation compilation = compile(NO_FRONTEND, app);

    assertRejected(
        compilation,
        app,
        "HS-PROFILE-DUPLICATE",
        "profile \"local\" is already declared by @Profile"
            + " \"local\"; both would be hsprofile.local.json",
        "\"local\", accountId = 456");
    assertRejected(
        compilation,
        app,
        "HS-PROFILE-DUPLICATE",
        "variable A is declared twice in profile \"local\"",
        "\"A\", value = \"2\"");
  }

  /** Found by differential fuzzing: both files were written, and collide on macOS and Windows. */
  @Test
  void profilesDifferingOnlyInCaseAreAnErrorOnTheSecond() {
    JavaFileObject app =
        app(
            "@Profiles({",
            "    @Profile(name = \"local\", accountId = 123),",
            "    @Profile(name = \"Local\", accountId = 456)})");

    assertRejected(
        compile(NO_FRONTEND, app),
        app,
        "HS-PROFILE-DUPLICATE",
        "profile \"Local\" differs from \"local\" (@Profile \"local\") only in case or accents, so"
            + " hsprofile.Local.json and hsprofile.local.json are one file on macOS and Windows: name the"
            + " profiles apart",
        "\"Local\"");
  }

  @Test
  void aProfileInTheAnnotationsAndAsAFileIsAnErrorNamingTheFile() {
    Frontend frontend =
        frontend().file("hsprofile.local.json", "{\"accountId\": 1, \"variables\": {}}");

    Compilation compilation =
        compileWith(frontend, app("@Profile(name = \"local\", accountId = 123)"));

    assertFileError(
        compilation,
        "HS-PROFILE-DUPLICATE",
        "hsprofile.local.json: profile \"local\" is already"
            + " declared by @Profile \"local\"; both would be hsprofile.local.json: declare each profile once, in the"
            + " annotations or as a file");
  }

  @Test
  void aFileProfileNameWithADotIsAnError() {
    Frontend frontend = frontend().file("hsprofile.dev.local.json", "{\"accountId\": 1}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-NAME",
        "hsprofile.dev.local.json: profile name"
            + " \"dev.local\" has a dot; HubSpot's CLI finds a profile only as hsprofile.<name>.json directly in srcDir,"
            + " <name> without dots, e.g. \"local\" or \"prod\"");
  }

  /** HubSpot's CLI: {@code if (!profile.accountId)}, "missing accountId", so 0 is no account. */
  @Test
  void aZeroAccountIdIsAnErrorOnTheValue() {
    JavaFileObject app = app("@Profile(name = \"local\", accountId = 0L)");

    assertRejected(
        compile(NO_FRONTEND, app),
        app,
        "HS-PROFILE-ACCOUNT",
        "in profile \"local\": accountId is 0, which HubSpot's CLI takes"
            + " for no accountId at all and refuses; HubSpot's CLI needs the number of the account it uploads to, e.g."
            + " accountId = 12345678",
        "0L");
  }

  @Test
  void aNegativeAccountIdIsAnErrorWithTheNearestAccountNumber() {
    JavaFileObject app = app("@Profile(name = \"local\", accountId = -123456)");

    assertRejected(
        compile(NO_FRONTEND, app),
        app,
        "HS-PROFILE-ACCOUNT",
        "in profile \"local\": accountId -123456 is no HubSpot account,"
            + " whose numbers are positive whole numbers (did you mean 123456?); HubSpot's CLI needs the number of the"
            + " account it uploads to",
        "-123456");
  }

  @Test
  void aFileAccountIdOfZeroIsAnError() {
    Frontend frontend = frontend().file("hsprofile.local.json", "{\"accountId\": 0}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-ACCOUNT",
        "hsprofile.local.json: accountId is 0, which"
            + " HubSpot's CLI takes for no accountId at all and refuses; HubSpot's CLI needs the number of the account it"
            + " uploads to, e.g. \"accountId\": 12345678");
  }

  @Test
  void aFileAccountIdWithAFractionIsAnError() {
    Frontend frontend = frontend().file("hsprofile.local.json", "{\"accountId\": 12.5}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-ACCOUNT",
        "hsprofile.local.json: accountId 12.5 is no"
            + " HubSpot account, whose numbers are positive whole numbers; HubSpot's CLI needs the number of the account"
            + " it uploads to, e.g. \"accountId\": 12345678");
  }

  @Test
  void aFileAccountIdThatIsNotANumberIsAnError() {
    Frontend frontend = frontend().file("hsprofile.local.json", "{\"accountId\": \"123\"}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-ACCOUNT",
        "hsprofile.local.json: accountId \"123\" is"
            + " not a number; HubSpot's CLI needs the number of the account it uploads to, e.g. \"accountId\": 12345678");
  }

  @Test
  void aFileWithoutAccountIdIsAnError() {
    Frontend frontend = frontend().file("hsprofile.local.json", "{\"variables\": {}}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-ACCOUNT",
        "hsprofile.local.json: the profile has no"
            + " accountId; HubSpot's CLI needs the number of the account it uploads to, e.g. \"accountId\": 12345678");
  }

  @Test
  void aFileVariableOfAnotherTypeIsAnErrorInHubSpotsWords() {
    Frontend frontend =
        frontend().file("hsprofile.local.json", "{\"accountId\": 1, \"variables\": {\"X\": [1]}}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-VALUE",
        "hsprofile.local.json: Invalid value for X."
            + " Value must be a string, number, or boolean. (it is an array)");
  }

  @Test
  void aMalformedFileIsAnError() {
    Frontend frontend = frontend().file("hsprofile.local.json", "{\"accountId\": 1,");

    Compilation compilation = compileWith(frontend, app());

    assertThat(compilation).failed();
    assertThat(
            compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList().toString())
        .contains(
            "[HS-PROFILE-FILE] hsprofile.local.json: the profile cannot be used: it is not valid JSON");
  }

  @Test
  void aFileWithAByteOrderMarkIsAnErrorAsJsonParseRefusesIt() {
    Frontend frontend = frontend().file("hsprofile.local.json", "\uFEFF{\"accountId\": 1}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-FILE",
        "hsprofile.local.json: the profile cannot be"
            + " used: it starts with a byte-order mark; HubSpot's CLI reads {\"accountId\": <number>, \"variables\":"
            + " {\"<name>\": <string, number or boolean>}}");
  }

  @Test
  void variablesThatAreNotAnObjectAreAnError() {
    Frontend frontend =
        frontend().file("hsprofile.local.json", "{\"accountId\": 1, \"variables\": [\"X\"]}");

    assertFileError(
        compileWith(frontend, app()),
        "HS-PROFILE-FILE",
        "hsprofile.local.json: the profile cannot be"
            + " used: its variables are not a JSON object; HubSpot's CLI reads {\"accountId\": <number>, \"variables\":"
            + " {\"<name>\": <string, number or boolean>}}");
  }

  @Test
  void aValidFileProfileIsCopiedAndItsValuesChecked() throws IOException {
    String file =
        "{\n  \"accountId\": 42,\n  \"variables\": {\"BASE_URL\": \"http://localhost:8080\"}\n}\n";
    Frontend frontend = frontend().file("hsprofile.local.json", file);
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("targetUrl", "\"${BASE_URL}/hooks\"").build();

    Compilation compilation = compile(List.of(frontend.option()), app(), hooks);

    assertRejected(
        compilation,
        hooks,
        "HS-WEBHOOK-TARGET-URL",
        "targetUrl \"http://localhost:8080/hooks\" is not a public https:// URL",
        "\"${BASE_URL}/hooks\"");

    Frontend valid =
        frontend()
            .file(
                "hsprofile.local.json",
                file.replace("http://localhost:8080", "https://tunnel.example.com"));
    Compilation passing = compile(List.of(valid.option()), app(), hooks);
    assertThat(passing).succeededWithoutWarnings();
    assertThat(ProfileChecksTest.file(passing, "src/hsprofile.local.json"))
        .isEqualTo(file.replace("http://localhost:8080", "https://tunnel.example.com"));
  }
}
