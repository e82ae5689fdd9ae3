package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The email format of ajv-formats 3.0.1 in its default "full" mode, which HubSpot's config
 * validation uses.
 */
class SupportEmailRuleTest {

  private static final String RULE = "HS-SUPPORT-EMAIL";
  private static final String NOT_AN_EMAIL =
      " is not an e-mail address of the email format HubSpot validates"
          + " (ajv-formats): ASCII letters, digits and !#$%&'*+/=?^_`{|}~- in dot-separated parts before the '@', a domain"
          + " of dot-separated labels of letters, digits and '-' (not at a label's start or end) after it; expected e.g."
          + " support@example.com";

  private static AppSource withEmail(String email) {
    return AppSource.valid().with("support", "@Support(supportEmail = \"" + email + "\")");
  }

  /** A domain without a dot, and the cases of issue 13, which a looser check let through. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "support@example",
        "a..b@example.com",
        "support@exa_mple.com",
        "support@-example.com",
        "j\\u00f6rg@example.com",
        "x@[127.0.0.1]"
      })
  void addressOutsideTheFormatIsAnErrorOnTheValue(String email) {
    JavaFileObject source = withEmail(email).build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "supportEmail " + Quote.of(unescape(email)) + NOT_AN_EMAIL,
        "\"" + email + "\"");
  }

  @Test
  void addressWithASpaceIsAnError() {
    JavaFileObject source = withEmail("support team@example.com").build();

    Compilation compilation = compile(source);

    assertFailedWith(
        compilation,
        source,
        RULE,
        "supportEmail \"support team@example.com\" is not an e-mail address",
        "\"support team@example.com\"");
  }

  /** A plain address, and the empty one, which means absent. */
  @ParameterizedTest
  @ValueSource(strings = {"support@example.com", ""})
  void plainAndEmptyAddressesPass(String email) {
    assertSucceededWithout(compile(withEmail(email).build()), RULE);
  }

  /**
   * Neighbours of the refused cases that the format accepts, so the check is no stricter than
   * HubSpot's.
   */
  @Test
  void addressesTheFormatAcceptsPass() {
    for (String email :
        new String[] {
          "first.last+tag@mail.example.co.uk",
          "o'brien@example.com",
          "SUPPORT@EXAMPLE.COM",
          "a_b@ex-ample.com",
          "x@127.0.0.1",
          "1@2.3",
          "!#$%&'*+/=?^_`{|}~-@example.com"
        }) {
      assertTrue(SupportEmailRule.isEmail(email), email);
    }
    Compilation compilation = compile(withEmail("first.last+tag@mail.example.co.uk").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void partsTheFormatRefusesAreRefused() {
    for (String email :
        new String[] {
          ".a@example.com",
          "a.@example.com",
          "a@example.com.",
          "a@example-.com",
          "a@@example.com",
          "a@b@example.com",
          "@example.com",
          "a@",
          "a@.com",
          "a\"b@example.com",
          "a@ex\u00e4mple.com"
        }) {
      assertFalse(SupportEmailRule.isEmail(email), email);
    }
  }

  private static String unescape(String javaLiteral) {
    return javaLiteral.replace("\\u00f6", "\u00f6");
  }
}
