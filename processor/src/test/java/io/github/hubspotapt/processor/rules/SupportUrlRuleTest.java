package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SupportUrlRuleTest {

  private static final String RULE = "HS-SUPPORT-URL";

  private static AppSource withSupport(String members) {
    return AppSource.valid().with("support", "@Support(" + members + ")");
  }

  @Test
  void httpDocumentationUrlIsAnErrorOnTheValue() {
    JavaFileObject source = withSupport("documentationUrl = \"http://example.com/docs\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "documentationUrl \"http://example.com/docs\" is not an https:// URL with a host;"
            + " expected e.g. \"https://example.com/support\"",
        "\"http://example.com/docs\"");
  }

  @Test
  void supportUrlWithoutSchemeIsAnError() {
    JavaFileObject source = withSupport("supportUrl = \"example.com/support\"").build();

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        RULE,
        "supportUrl \"example.com/support\" is not an https:// URL with a host",
        "\"example.com/support\"");
  }

  @Test
  void httpsUrlsPass() {
    Compilation compilation =
        compile(
            withSupport(
                    "documentationUrl = \"https://example.com/docs\", supportUrl = \"https://example.com/support\"")
                .build());

    assertSucceededWithout(compilation, RULE);
  }
}
