package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
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
import org.junit.jupiter.params.provider.CsvSource;

class SrcDirRuleTest {

  private static final String RULE = "HS-PROJECT-SRC-DIR";
  private static final String TEMPLATES = " (HubSpot's templates use \"src\")";

  @Test
  void parentFolderIsAnErrorOnTheValue() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"../src\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "srcDir \"../src\" leaves the project folder; HubSpot's parser requires srcDir inside it"
            + TEMPLATES,
        "\"../src\"");
  }

  @Test
  void climbingOutAfterAFolderIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"src/../../x\"").build();

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        RULE,
        "srcDir \"src/../../x\" leaves the project folder",
        "\"src/../../x\"");
  }

  /** HubSpot's CLI leaves out every path containing node_modules, as a plain substring. */
  @Test
  void aFolderContainingNodeModulesIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"my_node_modules_src\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "srcDir \"my_node_modules_src\" contains \"node_modules\": HubSpot's CLI skips every folder whose"
            + " path contains it, so its parser would find no *-hsmeta.json"
            + TEMPLATES,
        "\"my_node_modules_src\"");
  }

  /** Before this was checked, the write failed with an internal error (found by fuzzing). */
  @Test
  void aFolderTheLocaleCannotNameIsAnError(@TempDir Path dir) throws Exception {
    assumeTrue(CLocaleJavac.applies(), "file names follow the locale on Linux");
    AppSource app = AppSource.valid().with("srcDir", "\"caf\\u00e9\"");

    CLocaleJavac.assertErrorAt(
        CLocaleJavac.compile(dir, List.of(app)),
        app,
        "[HS-PROJECT-SRC-DIR] srcDir \"caf\u00e9\" cannot be a file name on this machine: its locale names"
            + " files in ANSI_X3.4-1968 (a C or POSIX locale), without \"\u00e9\"",
        "\"caf");
  }

  @Test
  void absolutePathIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"/src\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "srcDir \"/src\" is absolute; it must be a folder relative to the project" + TEMPLATES,
        "\"/src\"");
  }

  @Test
  void emptySrcDirIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"\"").build();

    Compilation compilation = compile(source);

    assertFailedWith(
        compilation,
        source,
        RULE,
        "srcDir \"\" is empty; HubSpot's parser requires a folder" + TEMPLATES,
        "\"\"");
  }

  @Test
  void backslashIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"hubspot\\\\src\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "srcDir \"hubspot\\\\src\" has a folder name the processor does not"
            + " write: '/'-separated names of letters, digits, '_', '-' and inner '.'"
            + TEMPLATES,
        "\"hubspot\\\\src\"");
  }

  /**
   * HubSpot's parser resolves srcDir against the project folder, so these all name {@code src}: the
   * files go there, and hsproject.json keeps the text as written.
   */
  @ParameterizedTest
  @CsvSource({"src/", "./src", "a/../src", "src//", "./src/."})
  void pathsThatResolveToAFolderInsideTheProjectPass(String srcDir) {
    Compilation compilation =
        compile(AppSource.valid().with("srcDir", "\"" + srcDir + "\"").build());

    assertPasses(compilation, RULE);
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/src/app/app-hsmeta.json")
        .contentsAsUtf8String()
        .contains("\"uid\": \"test_app\"");
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/hsproject.json")
        .contentsAsUtf8String()
        .contains("\"srcDir\": \"" + srcDir + "\"");
  }

  /**
   * HubSpot's parser accepts a srcDir that resolves to the project folder itself; the app folder is
   * then there.
   */
  @Test
  void theProjectFolderItselfPasses() {
    Compilation compilation = compile(AppSource.valid().with("srcDir", "\".\"").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/app/app-hsmeta.json")
        .contentsAsUtf8String()
        .contains("\"uid\": \"test_app\"");
  }

  @Test
  void nestedFolderWithInnerDotPassesAndIsWrittenThere() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"hubspot/app.v2\"").build();

    Compilation compilation = compile(source);

    assertSucceededWithout(compilation, RULE);
    assertThat(compilation)
        .generatedFile(
            StandardLocation.SOURCE_OUTPUT, "hubspot-project/hubspot/app.v2/app/app-hsmeta.json")
        .contentsAsUtf8String()
        .contains("\"uid\": \"test_app\"");
  }

  @Test
  void unresolvableSrcDirIsLeftToJavac() {
    JavaFileObject source = AppSource.valid().with("srcDir", "Missing.DIR").build();
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertNoDiagnostic(compilation, "HS-PROJECT-SRC-DIR");
  }
}
