package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ObjectTypeRuleTest {

  private static final String RULE = "HS-OBJECT-TYPE";
  private static final String KNOWN =
      "contacts, companies, deals, tickets, appointments, courses, listings, services";
  private static final String ALL_SCOPES =
      "{\"oauth\", \"crm.objects.contacts.read\", \"crm.objects.companies.read\","
          + " \"crm.objects.deals.read\", \"tickets\", \"crm.objects.custom.read\"}";

  @Test
  void objectTypeWithADotIsAnErrorOnThatElement() {
    JavaFileObject card =
        AppSource.card("MyCard").with("objectTypes", "{\"contacts\", \"crm.deal\"}").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertRejected(
        compilation,
        card,
        RULE,
        "@Card object type \"crm.deal\" is not an object type name: expected"
            + " letters, digits and '_', e.g. "
            + KNOWN
            + ", or a custom object p_<name>",
        "\"crm.deal\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void trailingSpaceIsAnErrorWithThePluralSpellingSuggested() {
    JavaFileObject action =
        AppSource.bulkAction("MyAction").with("objectTypes", "\"contact \"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.bulkActionApp().build(), action);

    assertRejected(
        compilation,
        action,
        RULE,
        "@CrmBulkAction object type \"contact \" is not an object type name:"
            + " expected letters, digits and '_', e.g. "
            + KNOWN
            + ", or a custom object p_<name>"
            + " (did you mean contacts?)",
        "\"contact \"");
  }

  @Test
  void emptyObjectTypeIsAnError() {
    JavaFileObject card = AppSource.card("MyCard").with("objectTypes", "\"\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertFailedWith(
        compilation, card, RULE, "@Card object type \"\" is not an object type name", "\"\"");
  }

  /**
   * Public projects that HubSpot accepts write singular lower case and plural upper case, beside
   * the templates' plural lower case and singular upper case: all compile without any diagnostic.
   */
  @Test
  void everySpellingOfAKnownObjectCompilesWithoutWarnings() {
    JavaFileObject app = AppSource.valid().withAuth("requiredScopes", ALL_SCOPES).build();
    JavaFileObject card =
        AppSource.card("MyCard")
            .with(
                "objectTypes",
                "{\"contact\", \"company\", \"deal\", \"ticket\", \"COMPANIES\", \"CONTACTS\", \"contacts\", \"CONTACT\","
                    + " \"tickets\", \"p_video\"}")
            .build();

    Compilation compilation = compile(NO_FRONTEND, app, card);

    assertPasses(compilation, RULE);
    assertNoDiagnostic(compilation, "HS-OBJECT-TYPE-UNKNOWN");
  }

  /**
   * HubSpot's 2026.03 templates write the upper-case spelling, its 2026.09-beta action template the
   * plural one.
   */
  @Test
  void templateValuesPass() {
    JavaFileObject app = AppSource.bulkActionApp().withAuth("requiredScopes", ALL_SCOPES).build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            app,
            AppSource.card("MyCard").with("objectTypes", "\"CONTACT\"").build(),
            AppSource.card("HelpdeskCard")
                .with("name", "\"Helpdesk\"")
                .with("location", "\"helpdesk.sidebar\"")
                .with("objectTypes", "\"tickets\"")
                .build(),
            AppSource.bulkAction("MyAction").with("objectTypes", "\"contacts\"").build());

    assertPasses(compilation, RULE);
  }
}
