package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UidLengthRuleTest {

  private static final String RULE = "HS-UID-LENGTH";

  @Test
  void uidOf65CharactersIsAnErrorOnTheValue() {
    String uid = "u".repeat(65);
    JavaFileObject source = AppSource.valid().with("uid", "\"" + uid + "\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "uid is 65 characters long; HubSpot allows at most 64: \"" + uid + "\"",
        "\"" + uid + "\"");
  }

  @Test
  void emptyUidIsAnErrorOnTheValue() {
    JavaFileObject source = AppSource.valid().with("uid", "\"\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "uid is empty; it must be 1 to 64 characters of letters, digits, '_', '.' and '-'",
        "\"\"");
  }

  @Test
  void uidOfExactly64CharactersPasses() {
    Compilation compilation =
        compile(AppSource.valid().with("uid", "\"" + "u".repeat(64) + "\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void uidOfOneCharacterPasses() {
    Compilation compilation = compile(AppSource.valid().with("uid", "\"u\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
