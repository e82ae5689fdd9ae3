package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppNameLengthRuleTest {

  private static final String RULE = "HS-APP-NAME-LENGTH";
  private static final String GRINNING_FACE = "\\uD83D\\uDE00";

  @Test
  void nameOf201CharactersIsAnErrorShowingAShortenedName() {
    String name = "n".repeat(201);
    JavaFileObject source = AppSource.valid().with("name", "\"" + name + "\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "@HubSpotApp name is 201 characters long; HubSpot allows 1 to 200: \""
            + "n".repeat(80)
            + "...\" (201 characters)",
        "\"" + name + "\"");
  }

  @Test
  void emptyNameIsAnError() {
    JavaFileObject source = AppSource.valid().with("name", "\"\"").build();

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        RULE,
        "@HubSpotApp name is 0 characters long; HubSpot allows 1 to 200: \"\"",
        "\"\"");
  }

  @Test
  void nameOfExactly200CharactersPasses() {
    Compilation compilation =
        compile(AppSource.valid().with("name", "\"" + "n".repeat(200) + "\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void lengthIsCountedInCodePoints() {
    Compilation compilation =
        compile(AppSource.valid().with("name", "\"" + GRINNING_FACE.repeat(200) + "\"").build());

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void nameOf201CodePointsIsAnError() {
    String name = "\"" + GRINNING_FACE.repeat(201) + "\"";
    JavaFileObject source = AppSource.valid().with("name", name).build();

    assertFailedWith(
        compile(source), source, RULE, "@HubSpotApp name is 201 characters long", name);
  }
}
