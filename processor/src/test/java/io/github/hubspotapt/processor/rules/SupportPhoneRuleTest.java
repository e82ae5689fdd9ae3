package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
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
  private static final String EXPECTED = " is not an international number: expected '+' and 7 to 15 digits,"
      + " grouped by spaces, '-', '.' or parentheses, e.g. \"+18005555555\" or \"+1 (800) 555-5555\"";

  private static AppSource withPhone(String phone) {
    return AppSource.valid().with("support", "@Support(supportPhone = \"" + phone + "\")");
  }

  @Test
  void numberWithoutPlusIsAnErrorWithThePlusSuggested() {
    JavaFileObject source = withPhone("1 800 555 5555").build();

    assertRejected(compile(source), source, RULE,
        "supportPhone \"1 800 555 5555\"" + EXPECTED + " (did you mean \"+18005555555\"?)", "\"1 800 555 5555\"");
  }

  @Test
  void sixDigitsAreTooFew() {
    JavaFileObject source = withPhone("+123456").build();

    Compilation compilation = compile(source);

    assertRejected(compilation, source, RULE, "supportPhone \"+123456\"" + EXPECTED, "\"+123456\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void sixteenDigitsAreTooMany() {
    JavaFileObject source = withPhone("+1234567890123456").build();

    Compilation compilation = compile(source);

    assertFailedWith(compilation, source, RULE,
        "supportPhone \"+1234567890123456\"" + EXPECTED, "\"+1234567890123456\"");
  }

  @Test
  void lettersAreAnError() {
    JavaFileObject source = withPhone("+1 800 FLOWERS").build();

    assertFailedWith(compile(source), source, RULE, "supportPhone \"+1 800 FLOWERS\"" + EXPECTED, "\"+1 800 FLOWERS\"");
  }

  @Test
  void unclosedParenthesisIsAnError() {
    JavaFileObject source = withPhone("+1 (800 555-5555").build();

    Compilation compilation = compile(source);

    assertFailedWith(compilation, source, RULE, "supportPhone \"+1 (800 555-5555\"" + EXPECTED, "\"+1 (800 555-5555\"");
  }

  @Test
  void doubledSeparatorIsAnError() {
    JavaFileObject source = withPhone("+1 800 -555 5555").build();

    Compilation compilation = compile(source);

    assertFailedWith(compilation, source, RULE, "supportPhone \"+1 800 -555 5555\"" + EXPECTED, "\"+1 800 -555 5555\"");
  }

  /** The template's form and the ways people write the same number all pass, without a warning. */
  @ParameterizedTest
  @ValueSource(strings = {"+18005555555", "+1 800 555 5555", "+1 (800) 555-5555", "+1-800-555-5555",
      "+1.800.555.5555", "+1(800)555-5555", "+44 (0)20 7946 0958", "+49 30 1234567"})
  void commonWrittenFormsPass(String phone) {
    assertPasses(compile(withPhone(phone).build()), RULE);
  }

  @Test
  void sevenDigitsPass() {
    Compilation compilation = compile(withPhone("+1234567").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void fifteenDigitsGroupedBySpacesAndHyphensPass() {
    Compilation compilation = compile(withPhone("+44 20-7946-0958 123").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }
}
