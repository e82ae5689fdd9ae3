package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionPackageJsonRuleTest {

  private static final String RULE = "HS-FUNCTION-PACKAGE-JSON";

  @TempDir Path frontendDir;

  @Test
  void functionWithoutPackageJsonIsAnErrorOnItsEntrypoint() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/functions/function.js", "exports.main = async () => ({});\n")
            .file("app/package.json", "{}\n");
    JavaFileObject function = AppSource.appFunction("MyFunction").build();

    Compilation compilation =
        compile(List.of(frontend.option()), AppSource.privateStaticApp().build(), function);

    assertRejected(
        compilation,
        function,
        RULE,
        "app functions need a package.json beside them, but there is no "
            + frontendDir.resolve("app/functions/package.json"),
        "\"/app/functions/function.js\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyFunctionIsReported() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/functions/a.js", "exports.main = async () => ({});\n")
            .file("app/functions/b.js", "exports.main = async () => ({});\n");
    JavaFileObject first =
        AppSource.appFunction("FunctionA").with("entrypoint", "\"/app/functions/a.js\"").build();
    JavaFileObject second =
        AppSource.appFunction("FunctionB").with("entrypoint", "\"/app/functions/b.js\"").build();

    Compilation compilation =
        compile(List.of(frontend.option()), AppSource.privateStaticApp().build(), first, second);

    assertRejected(
        compilation, first, RULE, "app functions need a package.json", "\"/app/functions/a.js\"");
    assertError(
        compilation, second, RULE, "app functions need a package.json", "\"/app/functions/b.js\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void functionWithPackageJsonPasses() {
    Frontend frontend =
        new Frontend(frontendDir)
            .file("app/functions/function.js", "exports.main = async () => ({});\n")
            .file("app/functions/package.json", "{\"name\": \"functions\"}\n");

    Compilation compilation =
        compile(
            List.of(frontend.option()),
            AppSource.privateStaticApp().build(),
            AppSource.appFunction("MyFunction").build());

    assertSucceededWithout(compilation, RULE);
  }

  /**
   * Without a front-end folder the project gets no package.json, and HubSpot's parser refuses it
   * (found by differential fuzzing: such projects compiled).
   */
  @Test
  void withoutAFrontendFolderTheFunctionIsAnErrorOnItsEntrypoint() {
    JavaFileObject function = AppSource.appFunction("MyFunction").build();

    assertRejected(
        compile(NO_FRONTEND, AppSource.privateStaticApp().build(), function),
        function,
        RULE,
        "app functions need app/functions/package.json beside them, and without"
            + " -Ahubspot.frontendDir the project gets none; set it to the folder that holds"
            + " app/functions/package.json and the functions' code",
        "\"/app/functions/");
  }
}
