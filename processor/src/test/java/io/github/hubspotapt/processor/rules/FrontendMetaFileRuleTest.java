package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.linked;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-written {@code *-hsmeta.json} files in the front-end folder, checked as HubSpot's parser
 * checks them. A file has no element: each error is printed without a source position and names the
 * file.
 */
class FrontendMetaFileRuleTest {

  private static final String RULE = "HS-FRONTEND-HSMETA";
  private static final String CARD_CONFIG =
      "{\"name\": \"Old card\", \"location\": \"crm.record.tab\","
          + " \"entrypoint\": \"/app/cards/Old.tsx\", \"objectTypes\": [\"contacts\"]}";
  private static final String ADVICE =
      "; it is copied into the project as it is: fix it, or declare the component"
          + " with its annotation and delete the file";

  @TempDir Path frontendDir;

  private Frontend frontend() {
    return new Frontend(frontendDir).file("app/cards/Old.tsx", "export default () => null;\n");
  }

  private static String card(String uid) {
    return "{\n  \"uid\": \""
        + uid
        + "\",\n  \"type\": \"card\",\n  \"config\": "
        + CARD_CONFIG
        + "\n}\n";
  }

  private Compilation compileApp(Frontend frontend, JavaFileObject... features) {
    JavaFileObject[] sources = new JavaFileObject[features.length + 1];
    sources[0] = AppSource.valid().build();
    System.arraycopy(features, 0, sources, 1, features.length);
    return compile(List.of(frontend.option()), sources);
  }

  /**
   * The one error of the rule, printed without a source position, reads "front-end file <path>
   * <problem>...".
   */
  private void assertFileError(Compilation compilation, String path, String problem) {
    List<? extends Diagnostic<?>> errors =
        compilation.errors().stream()
            .filter(d -> d.getMessage(Locale.ROOT).startsWith("[" + RULE + "]"))
            .toList();
    assertWithMessage("errors of %s", RULE).that(errors).hasSize(1);
    Diagnostic<?> error = errors.get(0);
    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo(
            linked(
                "["
                    + RULE
                    + "] front-end file "
                    + frontendDir.resolve(path)
                    + " "
                    + problem
                    + ADVICE));
    assertThat(error.getSource()).isNull();
    assertThat(error.getLineNumber()).isEqualTo(Diagnostic.NOPOS);
    assertThat(compilation.errors()).hasSize(1);
    assertNothingWritten(compilation);
  }

  /**
   * The project with the one front-end file {@code path} of {@code content} fails with the file's
   * error.
   */
  private void assertOnlyFileRejected(String path, String content, String problem) {
    assertFileError(compileApp(frontend().file(path, content)), path, problem);
  }

  @Test
  void aCardFileInTheSettingsFolderIsAnError() {
    assertOnlyFileRejected(
        "app/settings/old-card-hsmeta.json",
        card("old_card"),
        "has type \"card\", whose files belong in app/cards/, not in app/settings/");
  }

  @Test
  void aFileWithTheAppsUidIsAnError() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        card("test_app"),
        "has uid \"test_app\", which is already the uid of the app declared on test.TestApp;"
            + " uids must be unique in the project");
  }

  @Test
  void aFileWithTheUidOfAnAnnotatedFeatureIsAnError() {
    Frontend frontend =
        frontend()
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file("app/cards/old-card-hsmeta.json", card("my_card"));

    Compilation compilation = compileApp(frontend, AppSource.card("MyCard").build());

    assertFileError(
        compilation,
        "app/cards/old-card-hsmeta.json",
        "has uid \"my_card\", which is already the uid of @Card test.MyCard; uids must be unique in the project");
  }

  @Test
  void twoFilesWithOneUidAreAnErrorOnTheSecond() {
    Frontend frontend =
        frontend()
            .file("app/cards/a-hsmeta.json", card("old_card"))
            .file("app/cards/b-hsmeta.json", card("old_card"));

    Compilation compilation = compileApp(frontend);

    assertFileError(
        compilation,
        "app/cards/b-hsmeta.json",
        "has uid \"old_card\", which is already the uid of app/cards/a-hsmeta.json; uids must be unique in the project");
  }

  @Test
  void invalidJsonIsAnError() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        "{\"uid\": \"old_card\",}\n",
        "is not a JSON object HubSpot's parser can read:"
            + " Unexpected character ('}' (code 125)): was expecting double-quote to start field name (line 1, column 20)");
  }

  @Test
  void aByteOrderMarkIsAnErrorBecauseJsonParseRefusesIt() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        "\uFEFF" + card("old_card"),
        "is not a JSON object HubSpot's parser can read: it starts with a byte-order mark");
  }

  @Test
  void anUnknownTopLevelKeyIsAnErrorWithTheNearestKey() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        "{\"uid\": \"old_card\", \"type\": \"card\", \"confg\": "
            + CARD_CONFIG
            + ", \"config\": {}}",
        "has top-level keys HubSpot's parser does not"
            + " allow: \"confg\" (did you mean config?); allowed are uid, type, config, dependencies and permissions");
  }

  @Test
  void aUidWithASpaceIsAnError() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        card("old card"),
        "has uid \"old card\", which may use only letters, digits, '_', '.' and '-'");
  }

  @Test
  void anUnknownTypeIsAnErrorWithTheNearestType() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        card("old_card").replace("\"card\"", "\"crad\""),
        "has type \"crad\", which is not a HubSpot component type (did you mean card?)");
  }

  @Test
  void aMissingConfigIsAnError() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        "{\"uid\": \"old_card\", \"type\": \"card\"}",
        "has no config");
  }

  @Test
  void aSecondSettingsComponentIsAnError() {
    Frontend frontend =
        frontend()
            .file("app/settings/Settings.tsx", "export default () => null;\n")
            .file(
                "app/settings/old-settings-hsmeta.json",
                "{\"uid\": \"old_settings\", \"type\": \"settings\","
                    + " \"config\": {\"entrypoint\": \"/app/settings/Settings.tsx\"}}");

    Compilation compilation = compileApp(frontend, AppSource.settings("MySettings").build());

    assertFileError(
        compilation,
        "app/settings/old-settings-hsmeta.json",
        "is a second \"settings\" component;"
            + " a project has only one, and @Settings test.MySettings already declares it");
  }

  private static final String FUNCTION =
      "{\"uid\": \"old_function\", \"type\": \"app-function\","
          + " \"config\": {\"entrypoint\": \"/app/functions/old.js\"}}";

  /** As for an @AppFunction, HubSpot's parser requires the package.json (found by fuzzing). */
  @Test
  void aHandWrittenFunctionWithoutPackageJsonIsAnError() {
    assertOnlyFileRejected(
        "app/functions/old-function-hsmeta.json",
        FUNCTION,
        "is an app function, and HubSpot's parser requires app/functions/package.json beside it,"
            + " which the front-end folder lacks");
  }

  /**
   * HS-UID-RESERVED only warns on an annotated uid that the functions' package would take, as it
   * sees no hand-written function; the parser then finds the uid twice (found by fuzzing).
   */
  @Test
  void aHandWrittenFunctionBesideAnAnnotatedPackageUidIsAnError() {
    Frontend frontend =
        frontend()
            .file("app/functions/package.json", "{}\n")
            .file("app/functions/old.js", "exports.main = async () => ({});\n")
            .file("app/functions/old-function-hsmeta.json", FUNCTION)
            .file("app/settings/Settings.tsx", "export default () => null;\n");

    assertFileError(
        compileApp(
            frontend,
            AppSource.settings("MySettings")
                .with("uid", "\"hubspot-serverless-package-uid\"")
                .build()),
        "app/functions/old-function-hsmeta.json",
        "is an app function, so HubSpot's parser adds the functions' package with uid"
            + " \"hubspot-serverless-package-uid\", which is already the uid of @Settings"
            + " test.MySettings");
  }

  /** A hand-written profile of the front-end folder, {@code local}, with {@code variables}. */
  private Frontend withLocalProfile(String variables) {
    return frontend()
        .file("hsprofile.local.json", "{\"accountId\": 123, \"variables\": " + variables + "}\n");
  }

  /**
   * HubSpot's CLI puts each profile's values into a hand-written file's config and uid as into an
   * annotated one (found by differential fuzzing: these compiled).
   */
  @Test
  void aConfigVariableTheProfileLacksIsAnError() {
    String path = "app/cards/old-card-hsmeta.json";
    Frontend frontend =
        withLocalProfile("{}")
            .file(
                path,
                "{\"uid\": \"old_card\", \"type\": \"card\", \"config\": "
                    + CARD_CONFIG.replace("Old card", "${LABEL}")
                    + "}");

    assertFileError(
        compileApp(frontend),
        path,
        "in profile \"local\" uses ${LABEL}, which HubSpot's CLI refuses with \"Missing value for LABEL"
            + " in "
            + path
            + ". Add LABEL to your profile variables.\"");
  }

  @Test
  void aUidAProfileMakesInvalidIsAnError() {
    String path = "app/cards/old-card-hsmeta.json";
    Frontend frontend = withLocalProfile("{\"CARD\": \"a b\"}").file(path, card("${CARD}"));

    assertFileError(
        compileApp(frontend),
        path,
        "in profile \"local\" has uid \"a b\" (${CARD}), which may use only letters, digits, '_',"
            + " '.' and '-'");
  }

  @Test
  void aUidAProfileMakesADuplicateIsAnError() {
    String path = "app/cards/old-card-hsmeta.json";
    Frontend frontend = withLocalProfile("{\"CARD\": \"test_app\"}").file(path, card("${CARD}"));

    assertFileError(
        compileApp(frontend),
        path,
        "in profile \"local\" has uid \"test_app\" (${CARD}), which is already the uid of the app"
            + " declared on test.TestApp; uids must be unique in the project");
  }

  @Test
  void aUidVariableWithoutAnyProfileIsAnError() {
    String path = "app/cards/old-card-hsmeta.json";

    assertOnlyFileRejected(
        path,
        card("${CARD}"),
        "has uid \"${CARD}\" with a profile variable, but the project has no profile to take its"
            + " value from, and HubSpot's parser refuses the uid as it is");
  }

  @Test
  void variablesEveryProfileDefinesPass() {
    Frontend frontend =
        withLocalProfile("{\"CARD\": \"old_card\", \"LABEL\": \"Old\"}")
            .file(
                "app/cards/old-card-hsmeta.json",
                "{\"uid\": \"${CARD}\", \"type\": \"card\", \"config\": "
                    + CARD_CONFIG.replace("Old card", "${LABEL} card")
                    + "}");

    assertThat(compileApp(frontend).status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  @Test
  void permissionsBeforePlatformVersion2026_09BetaAreAnError() {
    assertOnlyFileRejected(
        "app/cards/old-card-hsmeta.json",
        "{\"uid\": \"old_card\", \"type\": \"card\","
            + " \"config\": "
            + CARD_CONFIG
            + ", \"permissions\": {\"requiredScopes\": [\"crm.objects.deals.read\"]}}",
        "has permissions, which HubSpot's parser allows"
            + " from platformVersion 2026.09-beta on; this project's platformVersion is 2026.03");
  }

  /**
   * HubSpot's parser refuses only truthy permissions ({@code if (irNode.permissions && ...)}):
   * {@code null} and {@code false} pass it, as files with them do (found by differential fuzzing).
   */
  @ParameterizedTest
  @ValueSource(strings = {"null", "false", "0", "\"\""})
  void falsyPermissionsBeforePlatformVersion2026_09BetaPass(String permissions) {
    Frontend frontend =
        frontend()
            .file(
                "app/cards/old-card-hsmeta.json",
                "{\"uid\": \"old_card\", \"type\": \"card\", \"config\": "
                    + CARD_CONFIG
                    + ", \"permissions\": "
                    + permissions
                    + "}");

    assertThat(compileApp(frontend).status()).isEqualTo(Compilation.Status.SUCCESS);
  }

  /** 2026.09 is the GA release of 2026.09-beta, and keeps its component-level permissions. */
  @Test
  void permissionsOnPlatformVersion2026_09AreCopied() {
    Frontend frontend =
        frontend()
            .file(
                "app/cards/old-card-hsmeta.json",
                "{\"uid\": \"old_card\", \"type\":"
                    + " \"card\", \"config\": "
                    + CARD_CONFIG
                    + ", \"permissions\": {\"requiredScopes\": [\"oauth\"]}}");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build());

    assertThat(compilation.errors()).isEmpty();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void theFunctionsPackageUidIsTakenInAProjectWithFunctions() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/functions/function.js", "exports.main = async () => ({});\n")
            .file("app/functions/package.json", "{}\n")
            .file(
                "app/functions/old-hsmeta.json",
                "{\"uid\": \"hubspot-serverless-package-uid\", \"type\": \"app-function\","
                    + " \"config\": {\"entrypoint\": \"/app/functions/function.js\"}}");

    Compilation compilation =
        compile(List.of(frontend.option()), AppSource.privateStaticApp().build());

    assertFileError(
        compilation,
        "app/functions/old-hsmeta.json",
        "has uid \"hubspot-serverless-package-uid\", which"
            + " is already the uid of the package of the app functions, which HubSpot's parser adds itself;"
            + " uids must be unique in the project");
  }

  @Test
  void aFileAtThePathOfAGeneratedFileIsAnErrorRatherThanReplaced() {
    Frontend frontend =
        frontend()
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file("app/cards/my-card-hsmeta.json", card("old_card"));

    Compilation compilation = compileApp(frontend, AppSource.card("MyCard").build());

    List<? extends Diagnostic<?>> errors = compilation.errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(Locale.ROOT))
        .isEqualTo(
            "["
                + RULE
                + "] front-end file "
                + frontendDir.resolve("app/cards/my-card-hsmeta.json")
                + " has the path of a file generated from the"
                + " annotations, which would replace it; rename it, or declare its component with its annotation only"
                + " (see "
                + RuleId.FRONTEND_HSMETA.page()
                + ")");
    assertThat(errors.get(0).getSource()).isNull();
    assertNothingWritten(compilation);
  }

  @Test
  void aFileWhosePathDiffersOnlyInCaseFromAGeneratedFileIsAnError() {
    Frontend frontend =
        frontend()
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file("app/cards/My-Card-hsmeta.json", card("old_card"));

    Compilation compilation = compileApp(frontend, AppSource.card("MyCard").build());

    List<? extends Diagnostic<?>> errors = compilation.errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(Locale.ROOT))
        .isEqualTo(
            "["
                + RULE
                + "] front-end file "
                + frontendDir.resolve("app/cards/My-Card-hsmeta.json")
                + " is the same file on macOS and Windows as src/app/cards/my-card-hsmeta.json,"
                + " generated from the annotations (names that differ only in case are one file"
                + " there), which would replace it; rename it, or declare its component with its"
                + " annotation only (see "
                + RuleId.FRONTEND_HSMETA.page()
                + ")");
    assertThat(errors.get(0).getSource()).isNull();
    assertNothingWritten(compilation);
  }

  @Test
  void aValidHandWrittenCardIsCopiedAsItIs() throws IOException {
    String file =
        card("old_card")
            .replace("\"card\"", "\"CARD\""); // the parser compares types case-insensitively
    Frontend frontend = frontend().file("app/cards/old-card-hsmeta.json", file);

    Compilation compilation = compileApp(frontend);

    assertThat(compilation.errors()).isEmpty();
    assertNoDiagnostic(compilation, RULE);
    assertThat(
            compilation
                .generatedFile(
                    StandardLocation.SOURCE_OUTPUT,
                    "",
                    "hubspot-project/src/app/cards/old-card-hsmeta.json")
                .orElseThrow()
                .getCharContent(true)
                .toString())
        .isEqualTo(file);
  }

  @Test
  void filesTheParserDoesNotReadAreNotChecked() {
    Frontend frontend =
        withLocalProfile("{\"OLD_CARD_UID\": \"old_card\"}")
            .file("app/cards/nested/broken-hsmeta.json", "not json")
            .file("notes/broken-hsmeta.json", "not json")
            .file("app/cards/old-card-hsmeta.json", card("${OLD_CARD_UID}"));

    Compilation compilation = compileApp(frontend);

    assertThat(compilation.errors()).isEmpty();
    assertNoDiagnostic(compilation, RULE);
  }
}
