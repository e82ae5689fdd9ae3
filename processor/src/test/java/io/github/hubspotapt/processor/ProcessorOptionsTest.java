package io.github.hubspotapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorOptionsTest {

  /**
   * Well-formed, unknown, and made of known scope words, so a warning (HS-SCOPE-UNKNOWN) rather
   * than a typo.
   */
  private static final String UNKNOWN = "\"crm.objects.calls.write\"";

  private static AppSource withUnknownScope() {
    return AppSource.valid().withAuth("requiredScopes", "{\"oauth\", " + UNKNOWN + "}");
  }

  @Test
  void aWarningIsRaisedToAnErrorBySeverityOption() {
    JavaFileObject source = withUnknownScope().build();

    Compilation compilation = compile(List.of("-Ahubspot.severity.HS_SCOPE_UNKNOWN=ERROR"), source);

    assertThat(compilation).failed();
    assertError(
        compilation,
        source,
        "HS-SCOPE-UNKNOWN",
        "scope "
            + UNKNOWN
            + " in requiredScopes is not a known"
            + " HubSpot scope (did you mean crm.objects.carts.write, Scopes.CRM_OBJECTS_CARTS_WRITE?)",
        UNKNOWN);
    assertNothingWritten(compilation);
  }

  @Test
  void severityNoneSilencesARule() {
    Compilation compilation =
        compile(List.of("-Ahubspot.severity.HS_SCOPE_UNKNOWN=none"), withUnknownScope().build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anErrorCanBeLoweredToAWarning() {
    JavaFileObject source =
        AppSource.valid().with("support", "@Support(supportPhone = \"555-0199\")").build();

    Compilation compilation =
        compile(List.of("-Ahubspot.severity.HS_SUPPORT_PHONE=WARNING"), source);

    assertSucceededWithWarning(
        compilation, source, "HS-SUPPORT-PHONE", "supportPhone \"555-0199\"", "\"555-0199\"");
  }

  @Test
  void aSeverityOutsideTheAllowedValuesIsAnError() {
    Compilation compilation =
        compile(List.of("-Ahubspot.severity.HS_SCOPE_UNKNOWN=LOUD"), AppSource.valid().build());

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[HS-OPTION-INVALID] processor option"
                + " -Ahubspot.severity.HS_SCOPE_UNKNOWN may only have the values ERROR, WARNING, NOTE or NONE, found: LOUD");
    assertNothingWritten(compilation);
  }

  @Test
  void anUnknownHubSpotOptionIsAnErrorWithTheNearestOption() {
    Compilation compilation =
        compile(List.of("-Ahubspot.severty.HS_SCOPE_UNKNOWN=NONE"), AppSource.valid().build());

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[HS-OPTION-INVALID] unknown processor option"
                + " -Ahubspot.severty.HS_SCOPE_UNKNOWN (did you mean -Ahubspot.severity.HS_SCOPE_UNKNOWN?)");
  }

  @Test
  void aRelativeProjectDirIsRefusedRatherThanResolvedAgainstTheWorkingDirectory() {
    Compilation compilation =
        compile(List.of("-Ahubspot.projectDir=hubspot-project"), AppSource.valid().build());

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[HS-OPTION-INVALID] -Ahubspot.projectDir must be an absolute path,"
                + " found \"hubspot-project\"");
    assertFalse(Files.exists(Path.of("hubspot-project")));
  }

  @Test
  void theProjectIsWrittenIntoProjectDir(@TempDir Path dir) throws IOException {
    Compilation compilation =
        compile(List.of("-Ahubspot.projectDir=" + dir), AppSource.valid().build());

    assertThat(compilation).succeededWithoutWarnings();
    String project = Files.readString(dir.resolve("hsproject.json"));
    assertEquals(contents(compilation, "hubspot-project/hsproject.json"), project);
    assertEquals(
        contents(compilation, "hubspot-project/src/app/app-hsmeta.json"),
        Files.readString(dir.resolve("src/app/app-hsmeta.json")));
  }

  @Test
  void aProjectWithErrorsLeavesProjectDirAsItWas(@TempDir Path dir) throws IOException {
    compile(List.of("-Ahubspot.projectDir=" + dir), AppSource.valid().build());
    String before = Files.readString(dir.resolve("src/app/app-hsmeta.json"));

    Compilation broken =
        compile(
            List.of("-Ahubspot.projectDir=" + dir),
            AppSource.valid().with("name", "\"Renamed \"").build());

    assertThat(broken).failed();
    assertEquals(before, Files.readString(dir.resolve("src/app/app-hsmeta.json")));
  }

  @Test
  void suppressWarningsWithTheRuleIdSilencesThatWarningOnly() {
    JavaFileObject source =
        withUnknownScope()
            .withAuth("optionalScopes", "\"oauth\"")
            .annotatedWith("@SuppressWarnings(\"hubspot:HS-SCOPE-UNKNOWN\")")
            .build();

    Compilation compilation = compile(source);

    assertNoDiagnostic(compilation, "HS-SCOPE-UNKNOWN");
    assertWarning(
        compilation,
        source,
        "HS-SCOPE-OTHER-LIST",
        "scope \"oauth\" in optionalScopes",
        "\"oauth\")");
  }

  @Test
  void suppressWarningsDoesNotSilenceErrors() {
    JavaFileObject source =
        AppSource.valid()
            .with("uid", "\"bad uid\"")
            .annotatedWith("@SuppressWarnings(\"hubspot:HS-UID-CHARACTERS\")")
            .build();

    Compilation compilation = compile(source);

    assertError(compilation, source, "HS-UID-CHARACTERS", "uid \"bad uid\"", "\"bad uid\"");
  }

  @Test
  void everySeverityOptionIsDeclaredSoJavacDoesNotWarnAboutIt() {
    Compilation compilation =
        compile(
            List.of(
                "-Ahubspot.severity.HS_SCOPE_DUPLICATE=WARNING",
                "-Ahubspot.verbose=false",
                "-Xlint:all"),
            AppSource.valid().build());

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        new HubSpotProcessor()
            .getSupportedOptions()
            .contains("hubspot.severity.HS_APP_NAME_LENGTH"));
  }

  private static String contents(Compilation compilation, String path) throws IOException {
    return compilation
        .generatedFile(javax.tools.StandardLocation.SOURCE_OUTPUT, path)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }
}
