package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppEventTokenRuleTest {

  private static final String RULE = "HS-APP-EVENT-TOKEN";
  private static final String DECLARED =
      ", which is not a property of the event (declared: extraData, timestamp, webinarId,"
          + " webinarName)";

  /** An event with these templates (Java string literals) and the property webinarName. */
  private static AppSource event(String headerTemplate, String detailTemplate) {
    return AppSource.appEvent("Registration")
        .with("headerTemplate", headerTemplate)
        .with("detailTemplate", detailTemplate);
  }

  /** An event with the properties webinarName and webinarId. */
  private static JavaFileObject webinarEvent(String headerTemplate, String detailTemplate) {
    return event(headerTemplate, detailTemplate)
        .record("String webinarName", "String webinarId")
        .build();
  }

  private static Compilation compileWithApp(JavaFileObject event) {
    return compile(NO_FRONTEND, AppSource.timelineApp().build(), event);
  }

  /** The templates, the message, and the template it points at. */
  static Stream<Arguments> undeclaredTokens() {
    return Stream.of(
        argumentSet(
            "tokenNamingAnUndeclaredPropertyIsAnErrorOnTheTemplateWithTheNearestPropertySuggested",
            "\"Registered for {{webinarNme}}\"",
            "\"\"",
            "template token {{webinarNme}} uses \"webinarNme\""
                + DECLARED
                + " (did you mean webinarName?)",
            "\"Registered for {{webinarNme}}\""),
        argumentSet(
            "blockHelperArgumentNamingAnUndeclaredPropertyIsAnError",
            "\"Registered\"",
            "\"Registered at {{#formatDate registeredAt}}{{/formatDate}}\"",
            "template token {{#formatDate registeredAt}} uses \"registeredAt\"" + DECLARED,
            "\"Registered at {{#formatDate registeredAt}}{{/formatDate}}\""));
  }

  @ParameterizedTest
  @MethodSource("undeclaredTokens")
  void undeclaredTokenIsAnErrorOnTheTemplate(
      String headerTemplate, String detailTemplate, String message, String located) {
    JavaFileObject event = webinarEvent(headerTemplate, detailTemplate);

    assertRejected(compileWithApp(event), event, RULE, message, located);
  }

  @Test
  void everyUndeclaredTokenIsReported() {
    JavaFileObject event = webinarEvent("\"{{first}} and {{second}}\"", "\"\"");

    Compilation compilation = compileWithApp(event);

    assertRejected(
        compilation,
        event,
        RULE,
        "template token {{first}} uses \"first\"",
        "\"{{first}} and {{second}}\"");
    assertError(
        compilation,
        event,
        RULE,
        "template token {{second}} uses \"second\"",
        "\"{{first}} and {{second}}\"");
  }

  static Stream<Arguments> declaredTokens() {
    return Stream.of(
        argumentSet(
            "declaredPropertiesAndTheFormattedTimestampPass",
            "\"Registered for [{{webinarName}}](https://webinars.example/{{webinarId}})\"",
            "\"Registration occurred at {{#formatDate timestamp}}{{/formatDate}}\""),
        argumentSet(
            "theOccurrencesExtraDataPasses",
            "\"{{extraData.source}}\"",
            "\"{{#each extraData.answers}} **{{title}}**: {{details}}{{/each}}\""),
        argumentSet(
            "formatDateWithAFormatArgumentPasses",
            "\"{{ webinarName }}\"",
            "\"{{#formatDate timestamp format=\\\"short\\\"}}{{/formatDate}}\""));
  }

  @ParameterizedTest
  @MethodSource("declaredTokens")
  void declaredTokensPass(String headerTemplate, String detailTemplate) {
    assertPasses(compileWithApp(webinarEvent(headerTemplate, detailTemplate)), RULE);
  }

  @Test
  void renamedPropertyIsUsedByItsHubSpotName() {
    JavaFileObject event =
        event("\"Registered for {{webinar_name}}\"", "\"Webinar {{webinarName}}\"")
            .asClass("  @EventProperty(name = \"webinar_name\")", "  String webinarName;")
            .build();

    Compilation compilation = compileWithApp(event);

    assertRejected(
        compilation,
        event,
        RULE,
        "template token {{webinarName}} uses \"webinarName\", which is not a property of the event"
            + " (declared: extraData, timestamp, webinar_name) (did you mean webinar_name?)",
        "\"Webinar {{webinarName}}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void handlebarsKeywordsAndEachBlockItemsAreNotProperties() {
    JavaFileObject event =
        event(
                "\"{{#if webinarName}}{{webinarName}}{{else}}a webinar{{/if}} {{this}}\"",
                "\"{{#each answers}}**{{question}}**: {{answer}}{{/each}}\"")
            .record("String webinarName", "String answers")
            .build();

    assertThat(compileWithApp(event)).succeededWithoutWarnings();
  }
}
