package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front-end file at the path of a generated file is an error (HS-FRONTEND-HSMETA, see
 * FrontendMetaFileRuleTest) judged after the other rules: a clash that another rule names is
 * reported by that rule alone.
 */
class FrontendGeneratedPathRuleTest {

  private static final String RULE = "HS-FRONTEND-HSMETA";

  @TempDir Path frontendDir;

  @Test
  void aProfileFileBesideTheSameAtProfileIsOnlyADuplicate() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("hsprofile.local.json", "{\"accountId\": 1, \"variables\": {}}");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().annotatedWith("@Profile(name = \"local\", accountId = 123)").build());

    assertThat(compilation.errors()).hasSize(1);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
        .startsWith("[HS-PROFILE-DUPLICATE]");
    assertNoDiagnostic(compilation, RULE);
    assertNothingWritten(compilation);
  }

  @Test
  void aChosenFileNameOfAHandWrittenFileIsOnlyADuplicate() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file(
                "app/cards/old-card-hsmeta.json",
                "{\"uid\": \"old_card\", \"type\": \"card\", \"config\": {}}\n");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().build(),
            AppSource.card("MyCard").with("fileName", "\"old-card-hsmeta.json\"").build());

    assertThat(
            compilation.errors().stream()
                .map(error -> error.getMessage(Locale.ROOT))
                .filter(message -> message.startsWith("[HS-FILE-NAME-DUPLICATE]"))
                .count())
        .isEqualTo(1);
    assertNoDiagnostic(compilation, RULE);
    assertNothingWritten(compilation);
  }
}
