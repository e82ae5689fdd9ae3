package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class PermittedUrlHttpsRuleTest {

  private static final String RULE = "HS-PERMITTED-URL-HTTPS";
  private static final String WHY =
      " is not an https:// URL with a host; HubSpot's pages are served over https and"
          + " browsers block http content in them; e.g. \"https://cdn.example.com\"";

  private static AppSource permitting(String members) {
    return AppSource.valid().with("permittedUrls", "@PermittedUrls(" + members + ")");
  }

  @Test
  void httpImgUrlIsAnErrorOnTheValue() {
    JavaFileObject source = permitting("img = \"http://cdn.example.com\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "permittedUrls.img entry \"http://cdn.example.com\"" + WHY,
        "\"http://cdn.example.com\"");
  }

  @Test
  void httpsWithoutAHostIsAnError() {
    JavaFileObject source = permitting("iframe = \"https://\"").build();

    assertFailedWith(
        compile(source),
        source,
        RULE,
        "permittedUrls.iframe entry \"https://\"" + WHY,
        "\"https://\"");
  }

  @Test
  void eachBadEntryOfAListIsReportedAtItsOwnPosition() {
    JavaFileObject source =
        permitting("img = {\"https://cdn.example.com\", \"cdn.example.org\"}").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertError(
        compilation,
        source,
        RULE,
        "permittedUrls.img entry \"cdn.example.org\"" + WHY,
        "\"cdn.example.org\"");
  }

  @Test
  void httpsIframeAndImgUrlsPass() {
    Compilation compilation =
        compile(
            permitting(
                    "iframe = \"https://example.com/embed\", img = {\"https://cdn.example.com\", \"https://img.example.com/a/\"}")
                .build());

    assertPasses(compilation, RULE);
  }
}
