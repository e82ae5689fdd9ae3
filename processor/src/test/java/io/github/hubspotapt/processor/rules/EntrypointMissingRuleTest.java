package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntrypointMissingRuleTest {

  private static final String RULE = "HS-ENTRYPOINT-MISSING";

  @TempDir Path frontendDir;

  @Test
  void misspelledEntrypointIsAnErrorWithTheNearestFileSuggested() {
    Frontend frontend =
        new Frontend(frontendDir).file("app/cards/Card.tsx", "export default () => null;\n");
    JavaFileObject card =
        AppSource.card("MyCard").with("entrypoint", "\"/app/cards/Crad.tsx\"").build();

    Compilation compilation = compile(List.of(frontend.option()), AppSource.valid().build(), card);

    assertRejected(
        compilation,
        card,
        RULE,
        "@Card entrypoint \"/app/cards/Crad.tsx\" does not exist: there is no "
            + frontendDir.resolve("app/cards/Crad.tsx")
            + " (did you mean /app/cards/Card.tsx?)",
        "\"/app/cards/Crad.tsx\"");
  }

  @Test
  void entrypointInAMissingFolderIsAnErrorWithoutSuggestion() {
    Frontend frontend =
        new Frontend(frontendDir).file("app/cards/Card.tsx", "export default () => null;\n");
    JavaFileObject settings = AppSource.settings("MySettings").build();

    Compilation compilation =
        compile(List.of(frontend.option()), AppSource.valid().build(), settings);

    assertRejected(
        compilation,
        settings,
        RULE,
        "@Settings entrypoint \"/app/settings/Settings.tsx\" does not exist:"
            + " there is no "
            + frontendDir.resolve("app/settings/Settings.tsx"),
        "\"/app/settings/Settings.tsx\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void aFolderNamedLikeTheEntrypointIsNotAFile() {
    Frontend frontend =
        new Frontend(frontendDir).file("app/cards/Card.tsx/index.tsx", "export default 1;\n");
    JavaFileObject card = AppSource.card("MyCard").build();

    Compilation compilation = compile(List.of(frontend.option()), AppSource.valid().build(), card);

    assertRejected(
        compilation,
        card,
        RULE,
        "@Card entrypoint \"/app/cards/Card.tsx\" does not exist",
        "\"/app/cards/Card.tsx\"");
  }

  @Test
  void existingEntrypointsPass() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/cards/Card.tsx", "export default () => null;\n")
            .file("app/pages/Home.tsx", "export default () => null;\n");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().build(),
            AppSource.card("MyCard").build(),
            AppSource.page("MyPage").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void withoutAFrontendFolderNothingIsChecked() {
    Compilation compilation =
        compile(NO_FRONTEND, AppSource.valid().build(), AppSource.card("MyCard").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void malformedEntrypointIsLeftToThePathRule() {
    Frontend frontend =
        new Frontend(frontendDir).file("app/cards/Card.tsx", "export default () => null;\n");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.valid().build(),
            AppSource.card("MyCard").with("entrypoint", "\"/app/cards/Missing.ts\"").build());

    assertThat(compilation).failed();
    assertNoDiagnostic(compilation, RULE);
  }
}
