package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.linked;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppDescriptionLengthRuleTest {

  private static final String RULE = "HS-APP-DESCRIPTION-LENGTH";

  @Test
  void descriptionOf8193CharactersIsAnErrorWithoutQuotingIt() {
    String description = "\"" + "d".repeat(8193) + "\"";
    JavaFileObject source = AppSource.valid().with("description", description).build();

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        RULE,
        "@HubSpotApp description is 8193 characters long; HubSpot requires 1 to 8192 characters",
        description);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
        .endsWith(linked("HubSpot requires 1 to 8192 characters", "HS-APP-DESCRIPTION-LENGTH"));
  }

  @Test
  void blankDescriptionIsAnError() {
    JavaFileObject source = AppSource.valid().with("description", "\"   \"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "@HubSpotApp description is blank; HubSpot requires 1 to 8192 characters: \"   \"",
        "\"   \"");
  }

  @Test
  void emptyDescriptionIsAnError() {
    JavaFileObject source = AppSource.valid().with("description", "\"\"").build();

    assertFailedWith(
        compile(source),
        source,
        RULE,
        "@HubSpotApp description is 0 characters long; HubSpot requires 1 to 8192 characters: \"\"",
        "\"\"");
  }

  @Test
  void descriptionOfExactly8192CharactersPasses() {
    Compilation compilation =
        compile(AppSource.valid().with("description", "\"" + "d".repeat(8192) + "\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void singleCharacterDescriptionPasses() {
    Compilation compilation = compile(AppSource.valid().with("description", "\"d\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
