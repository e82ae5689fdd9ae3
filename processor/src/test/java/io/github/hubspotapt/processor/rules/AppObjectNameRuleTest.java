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
import org.junit.jupiter.params.provider.ValueSource;

class AppObjectNameRuleTest {

  private static final String RULE = "HS-APP-OBJECT-NAME";

  /** The forms are not "Car", so that the name {@code "Car"} occurs once in the source. */
  private static JavaFileObject object(String name) {
    return AppSource.appObject("Car")
        .with("name", "\"" + name + "\"")
        .with("singularForm", "\"Vehicle\"")
        .with("pluralForm", "\"Vehicles\"")
        .build();
  }

  static Stream<Arguments> namesNotInUpperSnakeCase() {
    String notUpperSnake = "\" is not UPPER_SNAKE_CASE";
    return Stream.of(
        argumentSet(
            "capitalizedNameIsAnErrorOnTheValueWithTheUpperSnakeFormSuggested",
            "Car",
            "app object name \"Car" + notUpperSnake + " (did you mean CAR?)"),
        argumentSet(
            "camelCaseNameIsSplitIntoWords",
            "sportsCar",
            "app object name \"sportsCar" + notUpperSnake + " (did you mean SPORTS_CAR?)"),
        argumentSet(
            "doubleUnderscoreIsAnError",
            "SPORTS__CAR",
            "app object name \"SPORTS__CAR" + notUpperSnake + " (did you mean SPORTS_CAR?)"),
        argumentSet(
            "trailingUnderscoreIsAnError",
            "CAR_",
            "app object name \"CAR_" + notUpperSnake + " (did you mean CAR?)"),
        argumentSet("leadingDigitIsAnError", "4X4", "app object name \"4X4" + notUpperSnake));
  }

  @ParameterizedTest
  @MethodSource("namesNotInUpperSnakeCase")
  void nameNotInUpperSnakeCaseIsAnErrorOnTheValue(String name, String message) {
    JavaFileObject object = object(name);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), object),
        object,
        RULE,
        message,
        "\"" + name + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CAR", "SPORTS_CAR", "CAR2", "A"})
  void upperSnakeCaseNamesPass(String name) {
    assertPasses(compile(NO_FRONTEND, AppSource.timelineApp().build(), object(name)), RULE);
  }
}
