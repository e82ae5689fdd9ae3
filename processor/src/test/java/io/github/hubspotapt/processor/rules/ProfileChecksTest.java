package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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

/**
 * Every rule runs on every profile's values: a finding names its profile and points at the
 * annotation value with the placeholder; one alike in every profile is reported once, without a
 * profile.
 */
class ProfileChecksTest {

  private static final String TARGET_URL = "HS-WEBHOOK-TARGET-URL";
  private static final String PROJECT = "hubspot-project/";

  /**
   * The app with a {@code local} profile on a tunnel and a {@code prod} profile, each with {@code
   * BASE_URL}.
   */
  private static AppSource appWithProfiles(String localUrl, String prodUrl) {
    return AppSource.valid()
        .annotatedWith(
            "@Profiles({",
            "    @Profile(name = \"local\", accountId = 123, variables = {",
            "        @Variable(name = \"BASE_URL\", value = \"" + localUrl + "\"),",
            "        @Variable(name = \"MAX\", value = \"5\", type = VariableType.NUMBER)}),",
            "    @Profile(name = \"prod\", accountId = 456, variables = {",
            "        @Variable(name = \"BASE_URL\", value = \"" + prodUrl + "\"),",
            "        @Variable(name = \"MAX\", value = \"20\", type = VariableType.NUMBER)})})");
  }

  private static JavaFileObject hooks(String targetUrl) {
    return AppSource.webhookSettings("Hooks").with("targetUrl", "\"" + targetUrl + "\"").build();
  }

  @Test
  void aRuleBrokenInOneProfileIsAnErrorNamingTheProfileOnTheValue() {
    JavaFileObject hooks = hooks("${BASE_URL}/hooks");

    Compilation compilation =
        compile(
            NO_FRONTEND,
            appWithProfiles("http://localhost:8080", "https://app.example.com").build(),
            hooks);

    assertRejected(
        compilation,
        hooks,
        TARGET_URL,
        "in profile \"local\": targetUrl \"http://localhost:8080/hooks\" is not a public https:// URL",
        "\"${BASE_URL}/hooks\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRuleBrokenInEveryProfileAlikeIsReportedOnceWithoutAProfile() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .with("uid", "\"hooks ${BASE_URL}\"".replace("${BASE_URL}", "x"))
            .with("targetUrl", "\"${BASE_URL}/hooks\"")
            .build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            appWithProfiles("https://tunnel.example.com", "https://app.example.com").build(),
            hooks);

    assertRejected(compilation, hooks, "HS-UID-CHARACTERS", "", "\"hooks x\"");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("in profile");
  }

  @Test
  void aPlaceholderInAUidIsCheckedOnlyAsSubstituted() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("uid", "\"hooks-${ENV}\"").build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"ENV\", value = \"local\"))",
                "@Profile(name = \"prod\", accountId = 456, variables = @Variable(name = \"ENV\", value = \"a b\"))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), hooks);

    assertThat(compilation).failed();
    assertError(
        compilation, hooks, "HS-UID-CHARACTERS", "in profile \"prod\": ", "\"hooks-${ENV}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aValidProjectWritesEachProfileAndKeepsThePlaceholders() throws IOException {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks")
            .with("targetUrl", "\"${BASE_URL}/hooks\"")
            .with("maxConcurrentRequestsVariable", "\"MAX\"")
            .build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            appWithProfiles("https://tunnel.example.com", "https://app.example.com").build(),
            hooks);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(file(compilation, "src/hsprofile.local.json"))
        .isEqualTo(
            "{\n  \"accountId\": 123,\n"
                + "  \"variables\": {\n    \"BASE_URL\": \"https://tunnel.example.com\",\n    \"MAX\": 5\n  }\n}\n");
    assertThat(file(compilation, "src/hsprofile.prod.json")).contains("\"MAX\": 20");
    String webhooks = file(compilation, "src/app/webhooks/webhooks-hsmeta.json");
    assertThat(webhooks).contains("\"targetUrl\": \"${BASE_URL}/hooks\"");
    assertThat(webhooks).contains("\"maxConcurrentRequests\": \"${MAX}\"");
  }

  @Test
  void aNumberMemberFromAVariableIsCheckedWithTheProfilesNumber() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("maxConcurrentRequestsVariable", "\"MAX\"").build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"MAX\", value = \"0\",",
                "    type = VariableType.NUMBER))",
                "@Profile(name = \"prod\", accountId = 456, variables = @Variable(name = \"MAX\", value = \"fast\"))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), hooks);

    assertRejected(
        compilation,
        hooks,
        "HS-WEBHOOK-MAX-CONCURRENT",
        "in profile \"local\": maxConcurrentRequests is 0; it must be at least 1",
        "\"MAX\"");
    assertError(
        compilation,
        hooks,
        "HS-PROFILE-VALUE",
        "in profile \"prod\": maxConcurrentRequests takes variable MAX, which is a STRING variable:"
            + " HubSpot's CLI writes the string \"fast\" in its place, where maxConcurrentRequests must be"
            + " a number; declare MAX with type = VariableType.NUMBER and a whole number from"
            + " -2147483648 to 2147483647 as its value",
        "\"MAX\"");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * A number beyond an int is whole, just too large: the message says which whole numbers fit (it
   * said "not a whole number"; found by the second fuzzing campaign).
   */
  @Test
  void aNumberBeyondAnIntIsRefusedWithTheRangeThatFits() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("maxConcurrentRequestsVariable", "\"MAX\"").build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"MAX\","
                    + " value = \"2147483648\", type = VariableType.NUMBER))");

    assertRejected(
        compile(NO_FRONTEND, app.build(), hooks),
        hooks,
        "HS-PROFILE-VALUE",
        "in profile \"local\": maxConcurrentRequests takes variable MAX, whose value \"2147483648\""
            + " is not a whole number from -2147483648 to 2147483647 (a Java int)",
        "\"MAX\"");
  }

  /**
   * "10" is a whole number: a STRING variable's fault is its type, as HubSpot's CLI writes the
   * string "10" where HubSpot needs a number (the message blamed the value; found by the third
   * fuzzing campaign, D6).
   */
  @Test
  void aStringVariableForANumberMemberIsAnErrorAboutItsType() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("maxConcurrentRequestsVariable", "\"MAX\"").build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"MAX\","
                    + " value = \"10\"))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), hooks);

    assertRejected(
        compilation,
        hooks,
        "HS-PROFILE-VALUE",
        "in profile \"local\": maxConcurrentRequests takes variable MAX, which is a STRING variable:"
            + " HubSpot's CLI writes the string \"10\" in its place, where maxConcurrentRequests must be"
            + " a number; declare MAX with type = VariableType.NUMBER (see ",
        "\"MAX\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A BOOLEAN variable for a number member: its type too, the value aside (D6). */
  @Test
  void aBooleanVariableForANumberMemberIsAnErrorAboutItsType() {
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("maxConcurrentRequestsVariable", "\"MAX\"").build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123, variables = @Variable(name = \"MAX\","
                    + " value = \"true\", type = VariableType.BOOLEAN))");

    assertRejected(
        compile(NO_FRONTEND, app.build(), hooks),
        hooks,
        "HS-PROFILE-VALUE",
        "in profile \"local\": maxConcurrentRequests takes variable MAX, which is a BOOLEAN"
            + " variable: HubSpot's CLI writes the boolean true in its place, where"
            + " maxConcurrentRequests must be a number; declare MAX with type = VariableType.NUMBER"
            + " and a whole number from -2147483648 to 2147483647 as its value",
        "\"MAX\"");
  }

  /** A hand-written profile's string: the fix is in the file (D6). */
  @Test
  void aHandWrittenStringForANumberMemberIsAnErrorNamingTheFile(@TempDir Path frontendDir) {
    Frontend frontend =
        new Frontend(frontendDir)
            .file(
                "hsprofile.prod.json", "{\"accountId\": 123456, \"variables\": {\"MAX\": \"10\"}}");
    JavaFileObject hooks =
        AppSource.webhookSettings("Hooks").with("maxConcurrentRequestsVariable", "\"MAX\"").build();

    assertRejected(
        compile(List.of(frontend.option()), AppSource.valid().build(), hooks),
        hooks,
        "HS-PROFILE-VALUE",
        "in profile \"prod\": maxConcurrentRequests takes variable MAX, which is a STRING variable:"
            + " HubSpot's CLI writes the string \"10\" in its place, where maxConcurrentRequests must be"
            + " a number; write MAX's value as 10, without quotes, in hsprofile.prod.json (see ",
        "\"MAX\"");
  }

  @Test
  void aVariableMissingFromAProfileIsAnErrorInHubSpotsWords() {
    JavaFileObject hooks = hooks("${BASE_URL}/hooks");
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123)",
                "@Profile(name = \"prod\", accountId = 456, variables = @Variable(name = \"BASE_URL\",",
                "    value = \"https://app.example.com\"))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), hooks);

    assertRejected(
        compilation,
        hooks,
        "HS-PROFILE-VARIABLE",
        "in profile \"local\": Missing value for BASE_URL in"
            + " hsprofile.local.json. Add BASE_URL to your profile variables.",
        "\"${BASE_URL}/hooks\"");
    // The placeholder left in the local profile is not judged as a URL.
    assertThat(compilation).hadErrorCount(1);
  }

  /** HubSpot substitutes every string of a config, an option's value and label too. */
  @Test
  void aVariableMissingFromAProfileInAnOptionLabelIsAnErrorOnTheLabel() {
    JavaFileObject priority =
        JavaFileObjects.forSourceLines(
            "test.Priority",
            "package test;",
            "import io.github.hubspotapt.*;",
            "public enum Priority {",
            "  @Option(label = \"${URGENT_LABEL}\") URGENT,",
            "  NORMAL",
            "}");
    JavaFileObject action =
        JavaFileObjects.forSourceLines(
            "test.Escalate",
            "package test;",
            "import io.github.hubspotapt.*;",
            "@WorkflowAction(uid = \"escalate\", actionUrl = \"https://example.com/actions/escalate\",",
            "    labels = @ActionLabels(actionName = \"Escalate\"))",
            "public record Escalate(@InputField Priority priority) {}");
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123)",
                "@Profile(name = \"prod\", accountId = 456, variables = @Variable(name = \"URGENT_LABEL\", value = \"Now\"))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), priority, action);

    assertRejected(
        compilation,
        priority,
        "HS-PROFILE-VARIABLE",
        "in profile \"local\": Missing value for URGENT_LABEL"
            + " in hsprofile.local.json. Add URGENT_LABEL to your profile variables.",
        "\"${URGENT_LABEL}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPlaceholderWithoutAnyProfileIsAnError() {
    JavaFileObject hooks = hooks("${BASE_URL}/hooks");

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), hooks);

    assertRejected(
        compilation,
        hooks,
        "HS-PROFILE-NONE",
        "${BASE_URL} has no profile to take its value from",
        "\"${BASE_URL}/hooks\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void profilesWithoutPlaceholdersCheckTheProjectOnce() {
    JavaFileObject hooks = hooks("http://localhost/hooks");

    Compilation compilation =
        compile(
            NO_FRONTEND,
            appWithProfiles("https://tunnel.example.com", "https://app.example.com").build(),
            hooks);

    assertRejected(
        compilation,
        hooks,
        TARGET_URL,
        "targetUrl \"http://localhost/hooks\"",
        "\"http://localhost/hooks\"");
    assertThat(compilation).hadErrorCount(1);
    assertNoDiagnostic(compilation, "HS-PROFILE-VARIABLE");
  }

  /**
   * HubSpot's CLI puts a NUMBER variable's number where a string is exactly its placeholder;
   * HubSpot refuses it.
   */
  @Test
  void aStringThatIsExactlyANumberVariableIsAnErrorNamingProfileAndVariable() {
    JavaFileObject card = AppSource.card("Invoices").with("name", "\"${CARD_NAME}\"").build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"local\", accountId = 123,",
                "    variables = @Variable(name = \"CARD_NAME\", value = \"Invoices\"))",
                "@Profile(name = \"prod\", accountId = 123456, variables = @Variable(name = \"CARD_NAME\", value = \"7\",",
                "    type = VariableType.NUMBER))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), card);

    assertRejected(
        compilation,
        card,
        "HS-PROFILE-VALUE",
        "in profile \"prod\": name is exactly ${CARD_NAME}, and"
            + " CARD_NAME is the number 7: HubSpot's CLI writes the number itself in its place, and HubSpot refuses it, as"
            + " name must be a string; declare CARD_NAME with type = VariableType.STRING (value = \"7\"), or put text"
            + " around ${CARD_NAME}",
        "\"${CARD_NAME}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAppDescriptionThatIsExactlyABooleanVariableIsAnError() {
    JavaFileObject app =
        AppSource.valid()
            .with("description", "\"${DESC}\"")
            .annotatedWith(
                "@Profile(name = \"prod\", accountId = 123456, variables = @Variable(name = \"DESC\", value = \"true\",",
                "    type = VariableType.BOOLEAN))")
            .build();

    Compilation compilation = compile(NO_FRONTEND, app);

    assertRejected(
        compilation,
        app,
        "HS-PROFILE-VALUE",
        "in profile \"prod\": description is exactly ${DESC}, and"
            + " DESC is the boolean true: HubSpot's CLI writes the boolean itself in its place",
        "\"${DESC}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * Only a string that is the placeholder alone takes the typed value; the uid is always
   * interpolated as text.
   */
  @Test
  void aNumberVariableWithTextAroundItOrInTheUidStaysAString() throws IOException {
    JavaFileObject card =
        AppSource.card("Invoices")
            .with("uid", "\"${SEQ}\"")
            .with("name", "\"Card ${SEQ}\"")
            .build();
    AppSource app =
        AppSource.valid()
            .annotatedWith(
                "@Profile(name = \"prod\", accountId = 123456, variables = @Variable(name = \"SEQ\", value = \"7\",",
                "    type = VariableType.NUMBER))");

    Compilation compilation = compile(NO_FRONTEND, app.build(), card);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(file(compilation, "src/app/cards/card-seq-hsmeta.json"))
        .contains("\"name\": \"Card ${SEQ}\"");
  }

  @Test
  void aHandWrittenProfilesNumberIsAnErrorNamingTheFile(@TempDir Path frontendDir) {
    Frontend frontend =
        new Frontend(frontendDir)
            .file(
                "hsprofile.prod.json", "{\"accountId\": 123456, \"variables\": {\"CARD_NAME\": 7}}")
            .file("app/cards/Card.tsx", "export {};");
    JavaFileObject card = AppSource.card("Invoices").with("name", "\"${CARD_NAME}\"").build();

    Compilation compilation = compile(List.of(frontend.option()), AppSource.valid().build(), card);

    assertRejected(
        compilation,
        card,
        "HS-PROFILE-VALUE",
        "in profile \"prod\": name is exactly ${CARD_NAME}, and"
            + " CARD_NAME is the number 7: HubSpot's CLI writes the number itself in its place, and HubSpot refuses it, as"
            + " name must be a string; write CARD_NAME's value as the string \"7\" in hsprofile.prod.json, or put text"
            + " around ${CARD_NAME}",
        "\"${CARD_NAME}\"");
  }

  static String file(Compilation compilation, String path) throws IOException {
    return compilation
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "", PROJECT + path)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  static List<String> messages(Compilation compilation) {
    return compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  static boolean isError(Diagnostic<?> d) {
    return d.getKind() == Diagnostic.Kind.ERROR;
  }
}
