package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.linked;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.testing.AppSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontendNotConfiguredRuleTest {

  private static final String RULE = "HS-FRONTEND-NOT-CONFIGURED";
  private static final String NOTE =
      "["
          + RULE
          + "] entrypoints are not checked and front-end files are not copied"
          + " into the HubSpot project: set -Ahubspot.frontendDir to the absolute path of the folder that holds"
          + " app/cards/... (by convention src/main/hubspot) (see "
          + RuleId.FRONTEND_NOT_CONFIGURED.page()
          + ")";

  @TempDir Path frontendDir;

  private static List<Diagnostic<? extends JavaFileObject>> notes(Compilation compilation) {
    return compilation.notes().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[" + RULE + "]"))
        .toList();
  }

  @Test
  void cardsWithoutAFrontendFolderGiveOneNoteWithoutPosition() {
    Compilation compilation =
        compile(
            AppSource.valid().build(),
            AppSource.card("CardA").build(),
            AppSource.card("CardB").with("name", "\"Card B\"").build(),
            AppSource.page("MyPage").build());

    assertThat(compilation).succeededWithoutWarnings();
    List<Diagnostic<? extends JavaFileObject>> notes = notes(compilation);
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).getMessage(Locale.ROOT)).isEqualTo(NOTE);
    assertThat(notes.get(0).getSource()).isNull();
    assertThat(notes.get(0).getLineNumber()).isEqualTo(Diagnostic.NOPOS);
  }

  @Test
  void severityOptionCanRaiseTheNoteToAWarning() {
    Compilation compilation =
        compile(
            List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=WARNING"),
            AppSource.valid().build(),
            AppSource.card("MyCard").build());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(NOTE);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void withAFrontendFolderThereIsNoNote() {
    Frontend frontend =
        new Frontend(frontendDir).file("app/cards/Card.tsx", "export default () => null;\n");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().build(),
            AppSource.card("MyCard").build());

    assertSucceededWithout(compilation, RULE);
  }

  /**
   * The option error says what is wrong with the folder; a note asking to set the option would
   * contradict it.
   */
  @Test
  void aFrontendDirThatIsNoFolderGivesOnlyTheOptionError() {
    Path missing = frontendDir.resolve("no-such-folder");

    Compilation compilation =
        compile(
            List.of("-Ahubspot.frontendDir=" + missing),
            AppSource.valid().build(),
            AppSource.card("MyCard").build());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo(
            linked(
                "[HS-OPTION-INVALID] -Ahubspot.frontendDir is not a folder: \"" + missing + "\""));
    assertThat(error.getSource()).isNull();
    assertThat(error.getLineNumber()).isEqualTo(Diagnostic.NOPOS);
    assertNoDiagnostic(compilation, RULE);
  }

  /**
   * Also when the option error is lowered to a warning and the note raised to one, the note stays
   * away.
   */
  @Test
  void aRelativeFrontendDirGivesOnlyTheOptionProblemWhateverTheSeverities() {
    Compilation compilation =
        compile(
            List.of(
                "-Ahubspot.frontendDir=src/main/hubspot",
                "-Ahubspot.severity.HS_OPTION_INVALID=WARNING",
                "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=WARNING"),
            AppSource.valid().build(),
            AppSource.card("MyCard").build());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    Diagnostic<? extends JavaFileObject> warning = compilation.warnings().get(0);
    assertThat(warning.getMessage(Locale.ROOT))
        .startsWith(
            "[HS-OPTION-INVALID] -Ahubspot.frontendDir must be an"
                + " absolute path, found \"src/main/hubspot\"");
    assertThat(warning.getSource()).isNull();
    assertThat(warning.getLineNumber()).isEqualTo(Diagnostic.NOPOS);
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void featuresWithoutEntrypointsNeedNoFrontendFolder() {
    Compilation compilation =
        compile(
            AppSource.privateStaticApp().build(),
            AppSource.scim("MyScim").build(),
            AppSource.telemetry("MyTelemetry").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void appWithoutFeaturesNeedsNoFrontendFolder() {
    Compilation compilation = compile(AppSource.valid().build());

    assertSucceededWithout(compilation, RULE);
  }
}
