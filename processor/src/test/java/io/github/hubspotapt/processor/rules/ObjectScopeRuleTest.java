package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ObjectScopeRuleTest {

  private static final String RULE = "HS-OBJECT-SCOPE";

  @Test
  void cardOnAnObjectWithoutItsReadScopeIsAWarningNamingTheScope() {
    JavaFileObject card =
        AppSource.card("MyCard").with("objectTypes", "{\"contacts\", \"deals\"}").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertSucceededWithWarning(
        compilation,
        card,
        RULE,
        "@Card shows on \"deals\", but the app does not request"
            + " crm.objects.deals.read; add \"crm.objects.deals.read\" to @Auth requiredScopes",
        "\"deals\"");
    assertThat(compilation).hadWarningCount(1);
  }

  /**
   * Component-level permissions (2026.09) exist so that a component asks for what only it needs.
   */
  @Test
  void theCardsOwnPermissionsCountButAnotherCardsDoNot() {
    JavaFileObject own =
        AppSource.card("OwnScope")
            .with("objectTypes", "\"deals\"")
            .with("permissions", "@Permissions(requiredScopes = \"crm.objects.deals.read\")")
            .build();
    JavaFileObject other =
        AppSource.card("OtherCard")
            .with("uid", "\"other_card\"")
            .with("objectTypes", "{\"contacts\", \"deals\"}")
            .build();

    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build(),
            own,
            other);

    assertSucceededWithWarning(
        compilation,
        other,
        RULE,
        "@Card shows on \"deals\", but the app does not request" + " crm.objects.deals.read",
        "\"deals\"");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void ticketsNeedTheLegacyTicketsScope() {
    JavaFileObject card = AppSource.card("MyCard").with("objectTypes", "\"TICKET\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertSucceededWithWarning(
        compilation,
        card,
        RULE,
        "@Card shows on \"TICKET\", but the app does not request tickets; add \"tickets\" to @Auth requiredScopes",
        "\"TICKET\"");
  }

  @Test
  void customObjectOfABulkActionNeedsTheCustomObjectScope() {
    JavaFileObject action =
        AppSource.bulkAction("MyAction").with("objectTypes", "\"p_my_object\"").build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.bulkActionApp().build(), action);

    assertSucceededWithWarning(
        compilation,
        action,
        RULE,
        "@CrmBulkAction shows on \"p_my_object\", but the app does not request"
            + " crm.objects.custom.read; add \"crm.objects.custom.read\" to @Auth requiredScopes",
        "\"p_my_object\"");
  }

  @Test
  void suppressWarningsOnTheCardSilencesTheWarning() {
    Compilation compilation =
        compile(
            NO_FRONTEND,
            AppSource.valid().build(),
            AppSource.card("MyCard")
                .with("objectTypes", "\"deals\"")
                .annotatedWith("@SuppressWarnings(\"hubspot:HS-OBJECT-SCOPE\")")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void scopeInAnyScopeListAndBothSpellingsPass() {
    JavaFileObject app =
        AppSource.valid()
            .withAuth("optionalScopes", "\"crm.objects.deals.read\"")
            .withAuth("conditionallyRequiredScopes", "\"crm.objects.custom.read\"")
            .build();
    JavaFileObject card =
        AppSource.card("MyCard")
            .with(
                "objectTypes", "{\"contacts\", \"CONTACT\", \"deals\", \"DEAL\", \"p_my_object\"}")
            .build();

    assertPasses(compile(NO_FRONTEND, app, card), RULE);
  }
}
