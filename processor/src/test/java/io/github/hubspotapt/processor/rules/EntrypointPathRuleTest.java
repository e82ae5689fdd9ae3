package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND_FUNCTIONS;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntrypointPathRuleTest {

  private static final String RULE = "HS-ENTRYPOINT-PATH";

  /** The feature, the app it needs, its entrypoint and the message on it. */
  static Stream<Arguments> invalidEntrypoints() {
    return Stream.of(
        argumentSet(
            "entrypointWithoutLeadingSlashIsAnErrorOnTheValue",
            AppSource.card("MyCard"),
            AppSource.valid(),
            "app/cards/Card.tsx",
            "@Card entrypoint \"app/cards/Card.tsx\" is not a path inside the project's app"
                + " folder; write it from the source folder with a leading slash, e.g. \"/app/cards/MyComponent.tsx\""),
        argumentSet(
            "entrypointLeavingTheProjectIsAnError",
            AppSource.page("MyPage"),
            AppSource.valid(),
            "/app/pages/../../../Home.tsx",
            "@Page entrypoint \"/app/pages/../../../Home.tsx\" is not a plain project path: use '/'-separated names"),
        argumentSet(
            "entrypointInAnotherFeaturesFolderIsAnError",
            AppSource.settings("MySettings"),
            AppSource.valid(),
            "/app/cards/Settings.tsx",
            "@Settings entrypoint \"/app/cards/Settings.tsx\" is outside /app/settings/,"
                + " where HubSpot builds @Settings files; e.g. \"/app/settings/MyComponent.tsx\""),
        argumentSet(
            "scriptAsACardEntrypointIsAnError",
            AppSource.card("MyCard"),
            AppSource.valid(),
            "/app/cards/Card.ts",
            "@Card entrypoint \"/app/cards/Card.ts\" must be a .tsx or .jsx file, the file"
                + " types HubSpot builds UI features from"),
        argumentSet(
            "reactFileAsAFunctionEntrypointIsAnError",
            AppSource.appFunction("MyFunction"),
            AppSource.privateStaticApp(),
            "/app/functions/function.tsx",
            "@AppFunction entrypoint"
                + " \"/app/functions/function.tsx\" must be a .js or .ts file, the file types HubSpot builds functions"
                + " from"),
        argumentSet(
            "bulkActionEntrypointOutsideActionsIsAnError",
            AppSource.bulkAction("MyAction"),
            AppSource.bulkActionApp(),
            "/app/cards/Action.tsx",
            "@CrmBulkAction entrypoint \"/app/cards/Action.tsx\""
                + " is outside /app/actions/, where HubSpot builds @CrmBulkAction files"));
  }

  @ParameterizedTest
  @MethodSource("invalidEntrypoints")
  void invalidEntrypointIsAnErrorOnTheValue(
      AppSource feature, AppSource app, String entrypoint, String message) {
    JavaFileObject source = feature.with("entrypoint", "\"" + entrypoint + "\"").build();

    assertRejected(
        compile(NO_FRONTEND_FUNCTIONS, app.build(), source),
        source,
        RULE,
        message,
        "\"" + entrypoint + "\"");
  }

  /**
   * Node's module file types: HubSpot's templates, docs and config schemas know .js and .ts only.
   */
  @Test
  void mjsAndCjsFunctionEntrypointsAreErrors() {
    JavaFileObject module =
        AppSource.appFunction("ModuleFunction")
            .with("entrypoint", "\"/app/functions/function.mjs\"")
            .build();
    JavaFileObject commonJs =
        AppSource.appFunction("CommonJsFunction")
            .with("entrypoint", "\"/app/functions/function.cjs\"")
            .build();

    Compilation compilation =
        compile(NO_FRONTEND_FUNCTIONS, AppSource.privateStaticApp().build(), module, commonJs);

    assertRejected(
        compilation,
        module,
        RULE,
        "@AppFunction entrypoint \"/app/functions/function.mjs\" must be a .js or"
            + " .ts file, the file types HubSpot builds functions from",
        "\"/app/functions/function.mjs\"");
    assertError(
        compilation,
        commonJs,
        RULE,
        "@AppFunction entrypoint \"/app/functions/function.cjs\" must be a .js or" + " .ts file",
        "\"/app/functions/function.cjs\"");
    assertThat(compilation).hadErrorCount(2);
  }

  /** The entrypoints of HubSpot's templates, and a nested folder. */
  @Test
  void templateEntrypointsPass() {
    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            AppSource.privateStaticApp()
                .with("platformVersion", "PlatformVersion.V2026_09_BETA")
                .build(),
            AppSource.card("MyCard")
                .with("entrypoint", "\"/app/cards/get-started-app-card.tsx\"")
                .build(),
            AppSource.card("OtherCard")
                .with("name", "\"Other\"")
                .with("entrypoint", "\"/app/cards/nested/NewCard.jsx\"")
                .build(),
            AppSource.settings("MySettings")
                .with("entrypoint", "\"/app/settings/SettingsPage.tsx\"")
                .build(),
            AppSource.page("MyPage").with("entrypoint", "\"/app/pages/Pages.tsx\"").build(),
            AppSource.appFunction("MyFunction")
                .with("entrypoint", "\"/app/functions/NewFunction.js\"")
                .build(),
            AppSource.appFunction("TsFunction")
                .with("entrypoint", "\"/app/functions/function.ts\"")
                .build(),
            AppSource.bulkAction("MyAction")
                .with("entrypoint", "\"/app/actions/NewAction.tsx\"")
                .build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void aSpaceIsNamedAsTheProblemNotTheLeadingSlash() {
    JavaFileObject card =
        AppSource.card("MyCard").with("entrypoint", "\"/app/cards/My Card.tsx\"").build();

    Compilation compilation = compile(NO_FRONTEND_FUNCTIONS, AppSource.valid().build(), card);

    assertError(
        compilation,
        card,
        RULE,
        "@Card entrypoint \"/app/cards/My Card.tsx\" is not a plain project path:"
            + " use '/'-separated names of letters, digits, '_' and '-' (dots only inside names), no spaces",
        "\"/app/cards/My Card.tsx\"");
  }
}
