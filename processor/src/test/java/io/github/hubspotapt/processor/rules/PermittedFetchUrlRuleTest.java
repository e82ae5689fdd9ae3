package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class PermittedFetchUrlRuleTest {

  private static final String RULE = "HS-PERMITTED-URL-FETCH";
  private static final String ALLOWED =
      "; allowed: an https:// URL of a public host, e.g. \"https://api.example.com\"";

  private static AppSource fetching(String urls) {
    return AppSource.valid().with("permittedUrls", "@PermittedUrls(fetch = " + urls + ")");
  }

  @Test
  void httpsLocalhostIsAnErrorOnTheValue() {
    JavaFileObject source = fetching("\"https://localhost\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "permittedUrls.fetch entry \"https://localhost\" points at localhost, which hubspot.fetch never calls"
            + " (use the dev server's local proxy)"
            + ALLOWED,
        "\"https://localhost\"");
  }

  @Test
  void loopbackAddressIsLocalhost() {
    JavaFileObject source = fetching("\"https://127.0.0.1:8080\"").build();

    Compilation compilation = compile(source);

    assertFailedWith(
        compilation,
        source,
        RULE,
        "permittedUrls.fetch entry \"https://127.0.0.1:8080\" points at localhost",
        "\"https://127.0.0.1:8080\"");
  }

  @Test
  void plainHttpIsAnError() {
    JavaFileObject source = fetching("\"http://api.example.com\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "permittedUrls.fetch entry \"http://api.example.com\" uses http://" + ALLOWED,
        "\"http://api.example.com\"");
  }

  @Test
  void urlWithoutHostIsAnError() {
    JavaFileObject source = fetching("\"api.example.com\"").build();

    assertFailedWith(
        compile(source),
        source,
        RULE,
        "permittedUrls.fetch entry \"api.example.com\" is not an absolute URL with a host"
            + ALLOWED,
        "\"api.example.com\"");
  }

  @Test
  void eachBadEntryOfAnArrayIsReportedAtItsOwnPosition() {
    JavaFileObject source =
        fetching("{\"https://api.example.com\", \"https://localhost:8080\"}").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertError(
        compilation,
        source,
        RULE,
        "permittedUrls.fetch entry \"https://localhost:8080\" points at localhost",
        "\"https://localhost:8080\"");
  }

  @Test
  void httpsPublicHostPasses() {
    Compilation compilation = compile(fetching("\"https://api.hubapi.com\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void fullFormIpv6LoopbackIsLocalhost() {
    JavaFileObject source =
        AppSource.valid()
            .with("permittedUrls", "@PermittedUrls(fetch = \"https://[0:0:0:0:0:0:0:1]\")")
            .build();
    Compilation compilation = compile(source);
    assertError(
        compilation,
        source,
        "HS-PERMITTED-URL-FETCH",
        "permittedUrls.fetch entry \"https://[0:0:0:0:0:0:0:1]\" points at localhost",
        "\"https://[0:0:0:0:0:0:0:1]\"");
  }
}
