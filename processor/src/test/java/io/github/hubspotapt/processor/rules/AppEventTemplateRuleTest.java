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

class AppEventTemplateRuleTest {

  private static final String RULE = "HS-APP-EVENT-TEMPLATE";
  private static final String TOKEN = "{{webinarName}}";

  private static JavaFileObject event(String headerTemplate, String detailTemplate) {
    return AppSource.appEvent("Registration")
        .with("headerTemplate", "\"" + headerTemplate + "\"")
        .with("detailTemplate", "\"" + detailTemplate + "\"")
        .build();
  }

  /** The templates, the message, and the template it points at. */
  static Stream<Arguments> tooLongTemplates() {
    String header = TOKEN + "h".repeat(1000 - TOKEN.length() + 1);
    return Stream.of(
        argumentSet(
            "headerTemplateOf1001CharactersIsAnErrorOnTheValue",
            "h".repeat(1001),
            "Registered",
            "headerTemplate is 1001 characters long; HubSpot allows at most 1000",
            "h".repeat(1001)),
        argumentSet(
            "detailTemplateOf10001CharactersIsAnErrorOnTheValue",
            "Registered",
            "d".repeat(10_001),
            "detailTemplate is 10001 characters long; HubSpot allows at most 10000",
            "d".repeat(10_001)),
        argumentSet(
            "tokensCountAsTheCharactersTheyAre",
            header,
            "Registered",
            "headerTemplate is 1001 characters long",
            header));
  }

  @ParameterizedTest
  @MethodSource("tooLongTemplates")
  void tooLongTemplateIsAnErrorOnTheValue(
      String headerTemplate, String detailTemplate, String message, String located) {
    JavaFileObject event = event(headerTemplate, detailTemplate);

    assertRejected(
        compile(NO_FRONTEND, AppSource.timelineApp().build(), event),
        event,
        RULE,
        message,
        "\"" + located + "\"");
  }

  static Stream<Arguments> templatesAtTheLimit() {
    return Stream.of(
        argumentSet("headerTemplateOfExactly1000CharactersPasses", "h".repeat(1000), "Registered"),
        argumentSet(
            "detailTemplateOfExactly10000CharactersPasses", "Registered", "d".repeat(10_000)));
  }

  @ParameterizedTest
  @MethodSource("templatesAtTheLimit")
  void templateAtTheLimitPasses(String headerTemplate, String detailTemplate) {
    assertPasses(
        compile(
            NO_FRONTEND, AppSource.timelineApp().build(), event(headerTemplate, detailTemplate)),
        RULE);
  }
}
