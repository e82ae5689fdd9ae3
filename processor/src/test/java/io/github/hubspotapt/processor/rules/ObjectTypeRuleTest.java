package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.FeatureSource.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ObjectTypeRuleTest {

  private static final String RULE = "HS-OBJECT-TYPE";
  private static final String ALL_SCOPES = "{\"oauth\", \"crm.objects.contacts.read\", \"crm.objects.companies.read\","
      + " \"crm.objects.deals.read\", \"tickets\", \"crm.objects.custom.read\"}";

  @Test
  void misspelledObjectTypeOfACardIsAnErrorOnThatElement() {
    JavaFileObject card = FeatureSource.card("MyCard").with("objectTypes", "{\"contacts\", \"dael\"}").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertThat(compilation).failed();
    assertError(compilation, card, RULE, "@Card object type \"dael\" is not supported; allowed: ", "\"dael\"");
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    assertThat(message).contains(", or a custom object p_<name> (did you mean ");
    assertThat(message).endsWith("(did you mean DEAL?)");
    for (String name : new String[] {"contacts", "CONTACT", "companies", "COMPANY", "deals", "DEAL", "tickets",
        "TICKET", "appointments", "APPOINTMENT", "courses", "COURSE", "listings", "LISTING", "services", "SERVICE"}) {
      assertThat(message).contains(" " + name + ",");
    }
    assertThat(compilation).hadErrorCount(1);
    assertNothingWritten(compilation);
  }

  @Test
  void unsupportedObjectTypeOfABulkActionIsAnError() {
    JavaFileObject action = FeatureSource.bulkAction("MyAction").with("objectTypes", "\"products\"").build();

    Compilation compilation = compile(NO_FRONTEND, FeatureSource.bulkActionApp().build(), action);

    assertThat(compilation).failed();
    assertError(compilation, action, RULE, "@CrmBulkAction object type \"products\" is not supported; allowed: ",
        "\"products\"");
    assertNothingWritten(compilation);
  }

  @Test
  void customObjectNameOutsideP_LowerCaseIsAnError() {
    JavaFileObject card = FeatureSource.card("MyCard").with("objectTypes", "\"p_MyObject\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertThat(compilation).failed();
    assertError(compilation, card, RULE, "@Card object type \"p_MyObject\" is not supported", "\"p_MyObject\"");
    assertNothingWritten(compilation);
  }

  @Test
  void bothSpellingsAndCustomObjectsPass() {
    JavaFileObject app = AppSource.valid().withAuth("requiredScopes", ALL_SCOPES).build();
    JavaFileObject card = FeatureSource.card("MyCard")
        .with("objectTypes", "{\"contacts\", \"CONTACT\", \"companies\", \"DEAL\", \"tickets\", \"p_my_object\"}")
        .build();

    Compilation compilation = compile(NO_FRONTEND, app, card);

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }

  /** HubSpot's 2026.03 templates write the upper-case spelling, its 2026.09-beta action template the plural one. */
  @Test
  void templateValuesPass() {
    JavaFileObject app = FeatureSource.bulkActionApp().withAuth("requiredScopes", ALL_SCOPES).build();

    Compilation compilation = compile(NO_FRONTEND, app,
        FeatureSource.card("MyCard").with("objectTypes", "\"CONTACT\"").build(),
        FeatureSource.card("HelpdeskCard").with("name", "\"Helpdesk\"").with("location", "\"helpdesk.sidebar\"")
            .with("objectTypes", "\"tickets\"").build(),
        FeatureSource.bulkAction("MyAction").with("objectTypes", "\"contacts\"").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void theAllowedObjectTypesAreListedInAStableOrder() {
    JavaFileObject card = FeatureSource.card("MyCard").with("objectTypes", "\"dael\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertError(compilation, card, "HS-OBJECT-TYPE", "@Card object type \"dael\" is not supported; allowed: contacts,"
        + " CONTACT, companies, COMPANY, deals, DEAL, tickets, TICKET, appointments, APPOINTMENT, courses, COURSE,"
        + " listings, LISTING, services, SERVICE, or a custom object p_<name> (did you mean DEAL?)", "\"dael\"");
  }
}
