package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class PermittedUrlHttpsRuleTest {

  private static final String RULE = "HS-PERMITTED-URL-HTTPS";

  private static AppSource permitting(String members) {
    return AppSource.valid().with("permittedUrls", "@PermittedUrls(" + members + ")");
  }

  @Test
  void httpIframeUrlIsAWarningOnTheValue() {
    JavaFileObject source = permitting("iframe = \"http://example.com/embed\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarning(compilation, source, RULE,
        "permittedUrls.iframe entry \"http://example.com/embed\" is not an https:// URL with a host;"
            + " HubSpot's pages only load https content",
        "\"http://example.com/embed\"");
  }

  @Test
  void imgUrlWithoutSchemeIsAWarning() {
    JavaFileObject source = permitting("img = {\"https://cdn.example.com\", \"cdn.example.org\"}").build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertWarning(compilation, source, RULE,
        "permittedUrls.img entry \"cdn.example.org\" is not an https:// URL with a host", "\"cdn.example.org\"");
  }

  @Test
  void warnedUrlIsStillWritten() {
    Compilation compilation = compile(permitting("iframe = \"http://example.com/embed\"").build());

    assertThat(compilation)
        .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/src/app/app-hsmeta.json")
        .contentsAsUtf8String().contains("\"http://example.com/embed\"");
  }

  @Test
  void httpsIframeAndImgUrlsPass() {
    Compilation compilation =
        compile(permitting("iframe = \"https://example.com/embed\", img = \"https://cdn.example.com\"").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
