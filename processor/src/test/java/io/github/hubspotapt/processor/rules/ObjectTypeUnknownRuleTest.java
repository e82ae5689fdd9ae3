package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class ObjectTypeUnknownRuleTest {

  private static final String RULE = "HS-OBJECT-TYPE-UNKNOWN";
  private static final String LISTED =
      " is not one HubSpot's docs list for cards and bulk actions (contacts, companies,"
          + " deals, tickets, appointments, courses, listings, services, also singular or upper case; custom objects"
          + " p_<name>; the uid of an @AppObject); the list may be incomplete, but HubSpot may reject it";

  @Test
  void misspelledObjectIsAWarningWithThePluralSpellingSuggested() {
    JavaFileObject card =
        AppSource.card("MyCard").with("objectTypes", "{\"contacts\", \"dael\"}").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertSucceededWithWarning(
        compilation,
        card,
        RULE,
        "@Card object type \"dael\"" + LISTED + " (did you mean deals, CrmObjectType.DEALS?)",
        "\"dael\"");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .generatedFile(
            StandardLocation.SOURCE_OUTPUT, "hubspot-project/src/app/cards/my-card-hsmeta.json")
        .contentsAsUtf8String()
        .contains("\"dael\"");
  }

  @Test
  void objectMissingFromTheDocsListIsAWarningOnABulkAction() {
    JavaFileObject action =
        AppSource.bulkAction("MyAction").with("objectTypes", "\"products\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.bulkActionApp().build(), action);

    assertSucceededWithWarning(
        compilation,
        action,
        RULE,
        "@CrmBulkAction object type \"products\"" + LISTED,
        "\"products\"");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT))
        .doesNotContain("did you mean");
  }

  @Test
  void mixedCaseSpellingIsAWarningWithThePluralSpellingSuggested() {
    JavaFileObject card = AppSource.card("MyCard").with("objectTypes", "\"Contacts\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertSucceededWithWarning(
        compilation,
        card,
        RULE,
        "@Card object type \"Contacts\""
            + LISTED
            + " (did you mean contacts, CrmObjectType.CONTACTS?)",
        "\"Contacts\"");
  }

  @Test
  void customObjectNameWithUpperCaseIsAWarning() {
    JavaFileObject card = AppSource.card("MyCard").with("objectTypes", "\"p_MyObject\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertSucceededWithWarning(
        compilation, card, RULE, "@Card object type \"p_MyObject\"" + LISTED, "\"p_MyObject\"");
  }

  /**
   * HubSpot's app-object template branch shows a card on an app object by its uid, whatever its
   * characters.
   */
  @Test
  void uidOfAnAppObjectOfTheProjectPasses() {
    JavaFileObject car = AppSource.appObject("Car").with("uid", "\"car_app_object\"").build();
    JavaFileObject dashed =
        AppSource.javaFile(
            "Truck",
            "@AppObject(uid = \"truck-app.object\", name = \"TRUCK\", description = \"Trucks.\", singularForm = \"Truck\",",
            "    pluralForm = \"Trucks\", primaryDisplayLabelProperty = \"model\")",
            "public record Truck(String model) {}");
    JavaFileObject card =
        AppSource.card("MyCard")
            .with("objectTypes", "{\"contacts\", \"car_app_object\", \"truck-app.object\"}")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), car, dashed, card);

    assertPasses(compilation, RULE);
    assertNoDiagnostic(compilation, "HS-OBJECT-TYPE");
  }

  @Test
  void suppressWarningsOnTheCardSilencesIt() {
    JavaFileObject card =
        AppSource.card("MyCard")
            .with("objectTypes", "\"products\"")
            .annotatedWith("@SuppressWarnings(\"hubspot:HS-OBJECT-TYPE-UNKNOWN\")")
            .build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertThat(compilation).succeededWithoutWarnings();
  }
}
