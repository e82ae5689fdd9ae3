package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UidCharactersRuleTest {

  private static final String RULE = "HS-UID-CHARACTERS";

  @Test
  void spaceAndPunctuationAreAnErrorWithTheCleanedUidSuggested() {
    JavaFileObject source = AppSource.valid().with("uid", "\"my app!\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "uid \"my app!\" may use only letters, digits, '_', '.' and '-' (did you mean myapp?)",
        "\"my app!\"");
  }

  @Test
  void uidWithNoAllowedCharacterHasNoSuggestion() {
    JavaFileObject source = AppSource.valid().with("uid", "\"!!!\"").build();

    Compilation compilation = compile(source);

    assertFailedWith(
        compilation,
        source,
        RULE,
        "uid \"!!!\" may use only letters, digits, '_', '.' and '-'",
        "\"!!!\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void everyAllowedCharacterClassPasses() {
    Compilation compilation = compile(AppSource.valid().with("uid", "\"Az09_.-\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void unresolvableUidIsLeftToJavac() {
    JavaFileObject source = AppSource.valid().with("uid", "Missing.UID").build();
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertNoDiagnostic(compilation, "HS-UID-CHARACTERS");
  }

  @Test
  void suggestedUidIsCutTo64Characters() {
    String uid = "u".repeat(70) + "!";
    JavaFileObject source = AppSource.valid().with("uid", "\"" + uid + "\"").build();
    Compilation compilation = compile(source);
    assertError(
        compilation,
        source,
        "HS-UID-CHARACTERS",
        "uid \""
            + uid
            + "\" may use only letters, digits, '_', '.'"
            + " and '-' (did you mean "
            + "u".repeat(64)
            + "?)",
        "\"" + uid + "\"");
  }
}
