package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class RedirectUrlRuleTest {

  private static final String RULE = "HS-AUTH-REDIRECT-URL";
  private static final String ALLOWED = "; allowed: https://<domain>/... or http://localhost[:port]/...";

  @Test
  void plainHttpOnAPublicHostIsAnErrorOnTheValue() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"http://example.com\"").build();

    assertRejected(compile(source), source, RULE,
        "redirect URL \"http://example.com\" uses http://, which HubSpot accepts for localhost only (did you mean"
            + " https://example.com?)" + ALLOWED,
        "\"http://example.com\"");
  }

  /** The message says "allowed" once, and suggests the https form of the URL it saw. */
  @Test
  void anotherSchemeIsAnErrorWithTheHttpsFormSuggested() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"ftp://acme.example/cb\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE,
        "redirect URL \"ftp://acme.example/cb\" uses ftp://, which HubSpot accepts nowhere (did you mean"
            + " https://acme.example/cb?)" + ALLOWED,
        "\"ftp://acme.example/cb\"");
  }

  @Test
  void ipAddressIsAnError() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"https://127.0.0.1/cb\"").build();

    assertRejected(compile(source), source, RULE,
        "redirect URL \"https://127.0.0.1/cb\" uses an IP address, which HubSpot does not support" + ALLOWED,
        "\"https://127.0.0.1/cb\"");
  }

  @Test
  void ipv6AddressIsAnError() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"https://[::1]:8443/cb\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "redirect URL \"https://[::1]:8443/cb\" uses an IP address",
        "\"https://[::1]:8443/cb\"");
  }

  @Test
  void relativeUrlIsAnError() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"/oauth/callback\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE,
        "redirect URL \"/oauth/callback\" is not an absolute URL with a host" + ALLOWED, "\"/oauth/callback\"");
  }

  @Test
  void eachBadEntryOfAnArrayIsReportedAtItsOwnPosition() {
    JavaFileObject source = AppSource.valid()
        .withAuth("redirectUrls", "{\"https://example.com/cb\", \"http://example.org/cb\"}")
        .build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertError(compilation, source, RULE, "redirect URL \"http://example.org/cb\" uses http://",
        "\"http://example.org/cb\"");
  }

  @Test
  void queryIsAnErrorOnTheValue() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"http://localhost:3000?x=1\"").build();

    Compilation compilation = compile(source);

    assertRejected(compilation, source, RULE, "redirect URL \"http://localhost:3000?x=1\" has a query (?x=1), but"
        + " HubSpot appends its own ?code=... to the redirect URL" + ALLOWED, "\"http://localhost:3000?x=1\"");
  }

  @Test
  void fragmentIsAnError() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"http://localhost:3000#cb\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "redirect URL \"http://localhost:3000#cb\" has a fragment (#cb), which"
        + " OAuth 2.0 does not allow in a redirect URL" + ALLOWED, "\"http://localhost:3000#cb\"");
  }

  @Test
  void emptyPortIsAnError() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"http://localhost:\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "redirect URL \"http://localhost:\" has an empty port after ':'; give the"
        + " port or leave out the ':'" + ALLOWED, "\"http://localhost:\"");
  }

  @Test
  void upperCaseSchemeIsAnErrorWithTheLowerCaseUrlSuggested() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"HTTPS://acme.example/cb\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "redirect URL \"HTTPS://acme.example/cb\" has an upper-case scheme or"
        + " host; write them in lower case, as HubSpot compares redirect URLs as written (did you mean"
        + " https://acme.example/cb?)" + ALLOWED, "\"HTTPS://acme.example/cb\"");
  }

  @Test
  void upperCaseHostIsAnErrorWithTheLowerCaseUrlSuggested() {
    JavaFileObject source = AppSource.valid().withAuth("redirectUrls", "\"http://LOCALHOST:3000\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "redirect URL \"http://LOCALHOST:3000\" has an upper-case scheme or host;"
        + " write them in lower case, as HubSpot compares redirect URLs as written (did you mean"
        + " http://localhost:3000?)", "\"http://LOCALHOST:3000\"");
  }

  /** Neighbours of the refused shapes: the templates' URLs, a path in any case, a port, a trailing slash. */
  @Test
  void templateAndLowerCaseUrlsPass() {
    Compilation compilation = compile(AppSource.valid().withAuth("redirectUrls", "{\"http://localhost:3000\","
        + " \"http://localhost:3000/oauth-callback\", \"http://localhost\", \"https://acme.example/OAuth/CallBack\","
        + " \"https://acme.example:8443/cb/\"}").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void httpLocalhostWithPortPasses() {
    Compilation compilation =
        compile(AppSource.valid().withAuth("redirectUrls", "\"http://localhost:3000/cb\"").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void httpsDomainPasses() {
    Compilation compilation =
        compile(AppSource.valid().withAuth("redirectUrls", "\"https://app.example.com/oauth/callback\"").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }
}
