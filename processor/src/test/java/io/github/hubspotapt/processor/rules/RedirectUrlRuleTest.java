package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
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
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUrlRuleTest {

  private static final String RULE = "HS-AUTH-REDIRECT-URL";
  private static final String ALLOWED =
      "; allowed: https://<domain>/... or http://localhost[:port]/...";
  private static final String LOWER_CASE =
      " has an upper-case scheme or host; write them in lower case, as HubSpot"
          + " compares redirect URLs as written (did you mean ";

  /** The app with {@code redirectUrls} set to this Java expression. */
  private static JavaFileObject app(String redirectUrls) {
    return AppSource.valid().withAuth("redirectUrls", redirectUrls).build();
  }

  /** The redirect URL and the message on it. */
  static Stream<Arguments> urlsRejectedWithoutWriting() {
    return Stream.of(
        argumentSet(
            "plainHttpOnAPublicHostIsAnErrorOnTheValue",
            "http://example.com",
            "redirect URL \"http://example.com\" uses http://, which HubSpot accepts for localhost only (did you mean"
                + " https://example.com?)"
                + ALLOWED),
        argumentSet(
            "ipAddressIsAnError",
            "https://127.0.0.1/cb",
            "redirect URL \"https://127.0.0.1/cb\" uses an IP address, which HubSpot does not support"
                + ALLOWED),
        argumentSet(
            "queryIsAnErrorOnTheValue",
            "http://localhost:3000?x=1",
            "redirect URL \"http://localhost:3000?x=1\" has a query (?x=1), but HubSpot appends its own ?code=... to"
                + " the redirect URL"
                + ALLOWED));
  }

  @ParameterizedTest
  @MethodSource("urlsRejectedWithoutWriting")
  void invalidUrlIsAnErrorOnTheValueAndNothingIsWritten(String url, String message) {
    JavaFileObject source = app("\"" + url + "\"");

    assertRejected(compile(source), source, RULE, message, "\"" + url + "\"");
  }

  /**
   * The redirect URL and the message on it; the message says "allowed" once, and suggests a URL it
   * saw.
   */
  static Stream<Arguments> urlsRejected() {
    return Stream.of(
        argumentSet(
            "anotherSchemeIsAnErrorWithTheHttpsFormSuggested",
            "ftp://acme.example/cb",
            "redirect URL \"ftp://acme.example/cb\" uses ftp://, which HubSpot accepts nowhere (did you mean"
                + " https://acme.example/cb?)"
                + ALLOWED),
        argumentSet(
            "ipv6AddressIsAnError",
            "https://[::1]:8443/cb",
            "redirect URL \"https://[::1]:8443/cb\" uses an IP address"),
        argumentSet(
            "relativeUrlIsAnError",
            "/oauth/callback",
            "redirect URL \"/oauth/callback\" is not an absolute URL with a host" + ALLOWED),
        argumentSet(
            "fragmentIsAnError",
            "http://localhost:3000#cb",
            "redirect URL \"http://localhost:3000#cb\" has a fragment (#cb), which OAuth 2.0 does not allow in a"
                + " redirect URL"
                + ALLOWED),
        argumentSet(
            "emptyPortIsAnError",
            "http://localhost:",
            "redirect URL \"http://localhost:\" has an empty port after ':'; give the port or leave out the ':'"
                + ALLOWED),
        argumentSet(
            "upperCaseSchemeIsAnErrorWithTheLowerCaseUrlSuggested",
            "HTTPS://acme.example/cb",
            "redirect URL \"HTTPS://acme.example/cb\""
                + LOWER_CASE
                + "https://acme.example/cb?)"
                + ALLOWED),
        argumentSet(
            "upperCaseHostIsAnErrorWithTheLowerCaseUrlSuggested",
            "http://LOCALHOST:3000",
            "redirect URL \"http://LOCALHOST:3000\"" + LOWER_CASE + "http://localhost:3000?)"));
  }

  @ParameterizedTest
  @MethodSource("urlsRejected")
  void invalidUrlIsAnErrorOnTheValue(String url, String message) {
    JavaFileObject source = app("\"" + url + "\"");

    assertFailedWith(compile(source), source, RULE, message, "\"" + url + "\"");
  }

  @Test
  void eachBadEntryOfAnArrayIsReportedAtItsOwnPosition() {
    JavaFileObject source = app("{\"https://example.com/cb\", \"http://example.org/cb\"}");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertError(
        compilation,
        source,
        RULE,
        "redirect URL \"http://example.org/cb\" uses http://",
        "\"http://example.org/cb\"");
  }

  /**
   * Neighbours of the refused shapes: the templates' URLs, a path in any case, a port, a trailing
   * slash.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"http://localhost:3000\", \"http://localhost:3000/oauth-callback\", \"http://localhost\","
            + " \"https://acme.example/OAuth/CallBack\", \"https://acme.example:8443/cb/\"}",
        "\"http://localhost:3000/cb\"",
        "\"https://app.example.com/oauth/callback\""
      })
  void validUrlsPass(String redirectUrls) {
    Compilation compilation = compile(app(redirectUrls));

    assertSucceededWithout(compilation, RULE);
  }
}
