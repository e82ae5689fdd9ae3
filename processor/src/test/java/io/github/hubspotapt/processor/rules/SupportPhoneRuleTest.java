package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupportPhoneRuleTest {

  private static final String RULE = "HS-SUPPORT-PHONE";
  private static final String EXPECTED =
      " is not an international number: expected '+' and 7 to 15 digits,"
          + " grouped by spaces, '-', '.' or parentheses, e.g. \"+18005555555\" or \"+1 (800) 555-5555\"";

  private static AppSource withPhone(String phone) {
    return AppSource.valid().with("support", "@Support(supportPhone = \"" + phone + "\")");
  }

  @Test
  void numberWithoutPlusIsAnErrorWithThePlusSuggested() {
    JavaFileObject source = withPhone("1 800 555 5555").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "supportPhone \"1 800 555 5555\"" + EXPECTED + " (did you mean \"+18005555555\"?)",
        "\"1 800 555 5555\"");
  }

  @Test
  void sixDigitsAreTooFew() {
    JavaFileObject source = withPhone("+123456").build();

    Compilation compilation = compile(source);

    assertRejected(compilation, source, RULE, "supportPhone \"+123456\"" + EXPECTED, "\"+123456\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  /**
   * Sixteen digits are too many; letters, an unclosed parenthesis and a doubled separator are not a
   * number.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"+1234567890123456", "+1 800 FLOWERS", "+1 (800 555-5555", "+1 800 -555 5555"})
  void numberOutsideTheFormIsAnErrorOnTheValue(String phone) {
    JavaFileObject source = withPhone(phone).build();

    assertFailedWith(
        compile(source),
        source,
        RULE,
        "supportPhone \"" + phone + "\"" + EXPECTED,
        "\"" + phone + "\"");
  }

  /** The template's form and the ways people write the same number all pass, without a warning. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "+18005555555",
        "+1 800 555 5555",
        "+1 (800) 555-5555",
        "+1-800-555-5555",
        "+1.800.555.5555",
        "+1(800)555-5555",
        "+44 (0)20 7946 0958",
        "+49 30 1234567"
      })
  void commonWrittenFormsPass(String phone) {
    assertPasses(compile(withPhone(phone).build()), RULE);
  }

  /** Seven digits are enough, fifteen grouped by spaces and hyphens not too many. */
  @ParameterizedTest
  @ValueSource(strings = {"+1234567", "+44 20-7946-0958 123"})
  void numberOfSevenToFifteenDigitsPasses(String phone) {
    assertSucceededWithout(compile(withPhone(phone).build()), RULE);
  }
}
