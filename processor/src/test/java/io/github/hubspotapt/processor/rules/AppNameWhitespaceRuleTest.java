package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppNameWhitespaceRuleTest {

  private static final String RULE = "HS-APP-NAME-WHITESPACE";

  @Test
  void surroundingSpacesAreAnErrorWithTheStrippedNameSuggested() {
    JavaFileObject source = AppSource.valid().with("name", "\" Test App \"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "@HubSpotApp name must not start or end with whitespace: \" Test App \" (did you mean \"Test App\"?)",
        "\" Test App \"");
  }

  @Test
  void trailingNewlineIsShownEscaped() {
    JavaFileObject source = AppSource.valid().with("name", "\"Test App\\n\"").build();

    assertFailedWith(
        compile(source),
        source,
        RULE,
        "@HubSpotApp name must not start or end with whitespace: \"Test App\\u000a\" (did you mean \"Test App\"?)",
        "\"Test App\\n\"");
  }

  @Test
  void lineBreakInsideTheNameIsAnErrorWithTheOneLineNameSuggested() {
    JavaFileObject source = AppSource.valid().with("name", "\"Acme\\nInvoice Sync\"").build();

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        RULE,
        "@HubSpotApp name must be one line, without line breaks:"
            + " \"Acme\\u000aInvoice Sync\" (did you mean \"Acme Invoice Sync\"?)",
        "\"Acme\\nInvoice Sync\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void carriageReturnAndLineSeparatorAreLineBreaks() {
    JavaFileObject source =
        AppSource.valid().with("name", "\"Acme\\r\\nInvoice\\u2028Sync\"").build();

    assertFailedWith(
        compile(source),
        source,
        RULE,
        "@HubSpotApp name must be one line, without line breaks:"
            + " \"Acme\\u000d\\u000aInvoice\\u2028Sync\" (did you mean \"Acme Invoice Sync\"?)",
        "\"Acme\\r\\nInvoice\\u2028Sync\"");
  }

  @Test
  void blankNameHasNoSuggestion() {
    JavaFileObject source = AppSource.valid().with("name", "\"   \"").build();

    Compilation compilation = compile(source);

    assertFailedWith(
        compilation,
        source,
        RULE,
        "@HubSpotApp name must not start or end with whitespace: \"   \"",
        "\"   \"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  /** A tab or several spaces inside the name are not line breaks. */
  @Test
  void innerWhitespacePasses() {
    Compilation compilation = compile(AppSource.valid().with("name", "\"Test  App\"").build());

    assertSucceededWithout(compilation, RULE);

    compilation = compile(AppSource.valid().with("name", "\"Test\\tApp\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
