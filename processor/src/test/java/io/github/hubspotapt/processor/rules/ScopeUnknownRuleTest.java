package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two ids: HS-SCOPE-TYPO (a misspelled known scope, an error) and HS-SCOPE-UNKNOWN (any other
 * unknown, a warning).
 */
class ScopeUnknownRuleTest {

  private static final String TYPO = "HS-SCOPE-TYPO";
  private static final String UNKNOWN = "HS-SCOPE-UNKNOWN";
  private static final String UNKNOWN_WHY =
      "; HubSpot rejects the upload if it does not know it either (the known"
          + " scopes are from HubSpot's docs and API specs, and HubSpot adds scopes); to make this an error, compile with"
          + " -Ahubspot.severity.HS_SCOPE_UNKNOWN=ERROR";

  private static JavaFileObject requiring(String scope) {
    return AppSource.valid().withAuth("requiredScopes", "{\"oauth\", \"" + scope + "\"}").build();
  }

  /**
   * The case of issue 13: one edit from crm.objects.contacts.read, with the word "object" no known
   * scope uses.
   */
  @Test
  void typoOfAKnownScopeIsAnErrorOnTheValueWithTheScopeSuggested() {
    JavaFileObject source = requiring("crm.object.contacts.read");

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        TYPO,
        "scope \"crm.object.contacts.read\" in requiredScopes is not a HubSpot"
            + " scope (did you mean crm.objects.contacts.read, Scopes.CRM_OBJECTS_CONTACTS_READ?)",
        "\"crm.object.contacts.read\"");
    assertThat(compilation).hadErrorCount(1);
    assertNoDiagnostic(compilation, UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource({
    "crm.objects.contacts.raed, crm.objects.contacts.read, Scopes.CRM_OBJECTS_CONTACTS_READ",
    "crm.objects.contact.read, crm.objects.contacts.read, Scopes.CRM_OBJECTS_CONTACTS_READ",
    "crm.objects.deals.wirte, crm.objects.deals.write, Scopes.CRM_OBJECTS_DEALS_WRITE",
    "timelines, timeline, Scopes.TIMELINE"
  })
  void typosTwoEditsAwayAreErrors(String typo, String scope, String constant) {
    JavaFileObject source = requiring(typo);

    assertFailedWith(
        compile(source),
        source,
        TYPO,
        "scope \""
            + typo
            + "\" in requiredScopes is not a HubSpot scope (did you mean "
            + scope
            + ", "
            + constant
            + "?)",
        "\"" + typo + "\"");
  }

  /**
   * A known scope within two edits, and the scope it is: a known-word name stays a warning, not a
   * typo.
   */
  static Stream<Arguments> unknownScopesNearKnownOnes() {
    return Stream.of(
        // Two edits from the known crm.objects.carts.write, but every word of it is a word of known
        // scopes (calls,
        // write): it may be a real scope the list lacks, so it is no typo.
        argumentSet(
            "nameOfKnownWordsNearAKnownScopeStaysAWarning",
            "crm.objects.calls.write",
            "crm.objects.carts.write, Scopes.CRM_OBJECTS_CARTS_WRITE"),
        // One edit from the known crm.objects.tasks.read, but "taxes" is a CRM object of HubSpot's
        // docs: no typo.
        argumentSet(
            "scopeOfADocumentedCrmObjectStaysAWarning",
            "crm.objects.taxes.read",
            "crm.objects.tasks.read, Scopes.CRM_OBJECTS_TASKS_READ"));
  }

  @ParameterizedTest
  @MethodSource("unknownScopesNearKnownOnes")
  void unknownScopeNearAKnownOneStaysAWarning(String unknown, String known) {
    JavaFileObject source = requiring(unknown);

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        UNKNOWN,
        "scope \""
            + unknown
            + "\" in requiredScopes is not a known"
            + " HubSpot scope (did you mean "
            + known
            + "?)"
            + UNKNOWN_WHY,
        "\"" + unknown + "\"");
    assertNoDiagnostic(compilation, TYPO);
  }

  @Test
  void wellFormedNameFarFromEveryKnownScopeIsAWarningThatSaysHowToMakeItAnError() {
    JavaFileObject source =
        AppSource.valid().withAuth("optionalScopes", "\"zzzzzzzzzzzzzzz\"").build();

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        UNKNOWN,
        "scope \"zzzzzzzzzzzzzzz\" in optionalScopes is not a known HubSpot scope" + UNKNOWN_WHY,
        "\"zzzzzzzzzzzzzzz\"");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT))
        .doesNotContain("did you mean");
  }

  @Test
  void theSeverityOptionTheWarningNamesMakesItAnError() {
    JavaFileObject source =
        AppSource.valid().withAuth("optionalScopes", "\"zzzzzzzzzzzzzzz\"").build();

    Compilation compilation = compile(List.of("-Ahubspot.severity.HS_SCOPE_UNKNOWN=ERROR"), source);

    assertFailedWith(
        compilation,
        source,
        UNKNOWN,
        "scope \"zzzzzzzzzzzzzzz\" in optionalScopes is not a known HubSpot" + " scope",
        "\"zzzzzzzzzzzzzzz\"");
  }

  @Test
  void suppressWarningsSilencesTheWarning() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .withAuth("optionalScopes", "\"crm.objects.calls.write\"")
                .annotatedWith("@SuppressWarnings(\"hubspot:HS-SCOPE-UNKNOWN\")")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void malformedScopeIsLeftToTheFormatRule() {
    Compilation compilation =
        compile(
            AppSource.valid().withAuth("optionalScopes", "\"Crm.Objects.Contact.Read\"").build());

    assertNoDiagnostic(compilation, UNKNOWN);
    assertNoDiagnostic(compilation, TYPO);
  }

  /**
   * Known scopes that are within two edits of each other (deals and leads, notes and quotes) both
   * pass.
   */
  @Test
  void knownScopesPass() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .withAuth(
                    "optionalScopes",
                    "{\"crm.objects.deals.read\", \"crm.schemas.contacts.read\","
                        + " \"crm.objects.leads.read\", \"crm.objects.notes.read\", \"crm.objects.quotes.read\"}")
                .build());

    assertPasses(compilation, UNKNOWN);
    assertNoDiagnostic(compilation, TYPO);
  }

  /**
   * Issue 27: real projects request the granular ticket scopes, which HubSpot's MCP-server docs
   * name.
   */
  @Test
  void granularTicketScopesAreKnown() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .withAuth(
                    "optionalScopes",
                    "{\"crm.objects.tickets.read\", \"crm.objects.tickets.write\"}")
                .build());

    assertPasses(compilation, UNKNOWN);
    assertNoDiagnostic(compilation, TYPO);
  }

  /**
   * Scopes on the project's own app object, by its name in lower case, by the name HubSpot
   * qualifies it with on creation (a&lt;appId&gt;_), or by its uid.
   */
  @ParameterizedTest
  @CsvSource({
    "crm.app.objects.car.create",
    "crm.app.objects.car.read",
    "crm.app.objects.car.write",
    "crm.app.objects.a23032901_car.edit",
    "crm.app.schemas.a23032901_car.properties.write",
    "crm.app.schemas.car.read"
  })
  void scopesOnADeclaredAppObjectAreKnown(String scope) {
    Compilation compilation = compile(requiring(scope), AppSource.appObject("Car").build());

    assertPasses(compilation, UNKNOWN);
    assertNoDiagnostic(compilation, TYPO);
  }

  @Test
  void scopeOnAnAppObjectTheProjectDoesNotDeclareIsAWarningNamingTheDeclaredOnes() {
    JavaFileObject source = requiring("crm.app.objects.cars.read");

    Compilation compilation =
        compile(source, AppSource.appObject("Car").build(), AppSource.appObject("Bus").build());

    assertSucceededWithWarning(
        compilation,
        source,
        UNKNOWN,
        "scope \"crm.app.objects.cars.read\" in requiredScopes"
            + " names the app object \"cars\", which this project does not declare; it declares crm.app.objects.bus.read,"
            + " crm.app.objects.car.read (did you mean car?)",
        "\"crm.app.objects.cars.read\"");
    assertNoDiagnostic(compilation, TYPO);
  }

  @Test
  void scopeOnAnAppObjectOfAProjectWithoutAppObjectsIsAWarning() {
    JavaFileObject source = requiring("crm.app.objects.car.read");

    assertSucceededWithWarning(
        compile(source),
        source,
        UNKNOWN,
        "scope \"crm.app.objects.car.read\" in"
            + " requiredScopes names the app object \"car\", but this project declares no @AppObject",
        "\"crm.app.objects.car.read\"");
  }

  @Test
  void appObjectScopeWithAnUnknownActionIsAWarningNamingTheActions() {
    JavaFileObject source = requiring("crm.app.objects.car.reed");

    Compilation compilation = compile(source, AppSource.appObject("Car").build());

    assertSucceededWithWarning(
        compilation,
        source,
        UNKNOWN,
        "scope \"crm.app.objects.car.reed\" in requiredScopes"
            + " has the action \"reed\", which crm.app.objects scopes do not use; they use create, delete, edit,"
            + " merge, read, view, write (did you mean read?)",
        "\"crm.app.objects.car.reed\"");
  }

  @Test
  void aTypoInAComponentsPermissionsIsAnError() {
    JavaFileObject card =
        AppSource.card("MyCard")
            .with(
                "permissions",
                "@Permissions(conditionallyRequiredScopes = \"crm.object.deals.read\")")
            .build();

    assertFailedWith(
        compile(
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build(), card),
        card,
        TYPO,
        "scope \"crm.object.deals.read\" in permissions.conditionallyRequiredScopes is not a HubSpot"
            + " scope (did you mean crm.objects.deals.read,",
        "\"crm.object.deals.read\"");
  }
}
