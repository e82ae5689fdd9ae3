package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class SrcDirRuleTest {

  private static final String RULE = "HS-PROJECT-SRC-DIR";

  @Test
  void parentFolderIsAnErrorOnTheValue() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"../src\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE,
        "srcDir \"../src\" must be a relative folder inside the project, made of '/'-separated names of letters,"
            + " digits, '_', '-' and inner '.' (HubSpot's templates use \"src\")",
        "\"../src\"");
    assertNothingWritten(compilation);
  }

  @Test
  void absolutePathIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"/src\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "srcDir \"/src\" must be a relative folder", "\"/src\"");
    assertNothingWritten(compilation);
  }

  @Test
  void trailingSlashIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"src/\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "srcDir \"src/\" must be a relative folder", "\"src/\"");
  }

  @Test
  void emptySrcDirIsAnError() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "srcDir \"\" must be a relative folder", "\"\"");
  }

  @Test
  void nestedFolderWithInnerDotPassesAndIsWrittenThere() {
    JavaFileObject source = AppSource.valid().with("srcDir", "\"hubspot/app.v2\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/hubspot/app.v2/app/app-hsmeta.json")
        .contentsAsUtf8String().contains("\"uid\": \"test_app\"");
  }

  @Test
  void unresolvableSrcDirIsLeftToJavac() {
    JavaFileObject source = AppSource.valid().with("srcDir", "Missing.DIR").build();
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertNoDiagnostic(compilation, "HS-PROJECT-SRC-DIR");
  }
}
