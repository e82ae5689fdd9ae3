package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.BackendSources.app;
import static io.github.hubspotapt.processor.rules.BackendSources.compile;
import static io.github.hubspotapt.processor.rules.BackendSources.source;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AppEventTokenRuleTest {

  private static final String RULE = "HS-APP-EVENT-TOKEN";

  /** An event with the properties webinarName and webinarId; templates are Java string literals. */
  private static JavaFileObject event(String headerTemplate, String detailTemplate) {
    return source("Registration",
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = \"Registration\",",
        "    objectType = AppEventObjectType.CONTACT,",
        "    headerTemplate = " + headerTemplate + ",",
        "    detailTemplate = " + detailTemplate + ")",
        "public record Registration(",
        "    String webinarName,",
        "    String webinarId) {}");
  }

  @Test
  void tokenNamingAnUndeclaredPropertyIsAnErrorOnTheTemplateWithTheNearestPropertySuggested() {
    JavaFileObject event = event("\"Registered for {{webinarNme}}\"", "\"\"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE,
        "template token {{webinarNme}} uses \"webinarNme\", which is not a property of the event"
            + " (declared: timestamp, webinarId, webinarName) (did you mean webinarName?)",
        "\"Registered for {{webinarNme}}\"");
    assertNothingWritten(compilation);
  }

  @Test
  void blockHelperArgumentNamingAnUndeclaredPropertyIsAnError() {
    JavaFileObject event = event("\"Registered\"", "\"Registered at {{#formatDate registeredAt}}{{/formatDate}}\"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE,
        "template token {{#formatDate registeredAt}} uses \"registeredAt\", which is not a property of the event"
            + " (declared: timestamp, webinarId, webinarName)",
        "\"Registered at {{#formatDate registeredAt}}{{/formatDate}}\"");
    assertNothingWritten(compilation);
  }

  @Test
  void everyUndeclaredTokenIsReported() {
    JavaFileObject event = event("\"{{first}} and {{second}}\"", "\"\"");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE, "template token {{first}} uses \"first\"", "\"{{first}} and {{second}}\"");
    assertError(compilation, event, RULE, "template token {{second}} uses \"second\"", "\"{{first}} and {{second}}\"");
    assertNothingWritten(compilation);
  }

  @Test
  void declaredPropertiesAndTheFormattedTimestampPass() {
    Compilation compilation = compile(app().build(), event(
        "\"Registered for [{{webinarName}}](https://webinars.example/{{webinarId}})\"",
        "\"Registration occurred at {{#formatDate timestamp}}{{/formatDate}}\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void formatDateWithAFormatArgumentPasses() {
    Compilation compilation = compile(app().build(), event(
        "\"{{ webinarName }}\"",
        "\"{{#formatDate timestamp format=\\\"short\\\"}}{{/formatDate}}\""));

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void renamedPropertyIsUsedByItsHubSpotName() {
    JavaFileObject event = source("Registration",
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = \"Registration\",",
        "    objectType = AppEventObjectType.CONTACT,",
        "    headerTemplate = \"Registered for {{webinar_name}}\",",
        "    detailTemplate = \"Webinar {{webinarName}}\")",
        "public class Registration {",
        "  @EventProperty(name = \"webinar_name\")",
        "  String webinarName;",
        "}");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).failed();
    assertError(compilation, event, RULE,
        "template token {{webinarName}} uses \"webinarName\", which is not a property of the event"
            + " (declared: timestamp, webinar_name) (did you mean webinar_name?)",
        "\"Webinar {{webinarName}}\"");
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void handlebarsKeywordsAndEachBlockItemsAreNotProperties() {
    JavaFileObject event = source("Registration",
        "@AppEvent(",
        "    uid = \"registration\",",
        "    name = \"Registration\",",
        "    objectType = AppEventObjectType.CONTACT,",
        "    headerTemplate = \"{{#if webinarName}}{{webinarName}}{{else}}a webinar{{/if}} {{this}}\",",
        "    detailTemplate = \"{{#each answers}}**{{question}}**: {{answer}}{{/each}}\")",
        "public record Registration(",
        "    String webinarName,",
        "    String answers) {}");

    Compilation compilation = compile(app().build(), event);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
