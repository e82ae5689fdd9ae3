package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppEventNameRuleTest {

  private static final String RULE = "HS-APP-EVENT-NAME";
  private static final String GRINNING_FACE = "\uD83D\uDE00";

  private static JavaFileObject event(String name) {
    return AppSource.appEvent("Registration").with("name", "\"" + name + "\"").build();
  }

  static Stream<Arguments> invalidNames() {
    String allowed = "; HubSpot allows 1 to 50 characters";
    return Stream.of(
        argumentSet(
            "nameOf51CharactersIsAnErrorOnTheValue",
            "n".repeat(51),
            "@AppEvent name is 51 characters long" + allowed + ": \"" + "n".repeat(51) + "\""),
        argumentSet(
            "lengthIsCountedInCodePoints",
            GRINNING_FACE.repeat(51),
            "@AppEvent name is 51 characters long" + allowed),
        argumentSet("emptyNameIsAnError", "", "@AppEvent name is blank" + allowed + ": \"\""),
        argumentSet(
            "blankNameIsAnError", "   ", "@AppEvent name is blank" + allowed + ": \"   \""));
  }

  @ParameterizedTest
  @MethodSource("invalidNames")
  void invalidNameIsAnErrorOnTheValue(String name, String message) {
    JavaFileObject event = event(name);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), event),
        event,
        RULE,
        message,
        "\"" + name + "\"");
  }

  static Stream<Arguments> validNames() {
    return Stream.of(
        argumentSet("nameOfExactly50CharactersPasses", "n".repeat(50)),
        argumentSet("nameOfOneCharacterPasses", "n"),
        argumentSet("fiftyCodePointsOutsideTheBmpPass", GRINNING_FACE.repeat(50)));
  }

  @ParameterizedTest
  @MethodSource("validNames")
  void validNamePasses(String name) {
    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), event(name)), RULE);
  }
}
