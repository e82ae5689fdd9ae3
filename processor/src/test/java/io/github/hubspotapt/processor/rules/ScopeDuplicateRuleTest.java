package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two ids: HS-SCOPE-DUPLICATE (twice in one list, an error) and HS-SCOPE-OTHER-LIST (in two lists,
 * a warning).
 */
class ScopeDuplicateRuleTest {

  private static final String DUPLICATE = "HS-SCOPE-DUPLICATE";
  private static final String OTHER_LIST = "HS-SCOPE-OTHER-LIST";

  @Test
  void repeatInTheSameListIsAnErrorOnTheRepeat() {
    JavaFileObject source =
        AppSource.valid()
            .withAuth("requiredScopes", "{\"oauth\", \"crm.objects.contacts.read\", \"oauth\"}")
            .build();

    Compilation compilation = compile(source);

    assertRejected(
        compilation,
        source,
        DUPLICATE,
        "scope \"oauth\" is listed twice in requiredScopes; list each scope once",
        "\"oauth\"}");
    assertThat(compilation).hadErrorCount(1);
    assertNoDiagnostic(compilation, OTHER_LIST);
  }

  @Test
  void repeatInOptionalScopesIsAnErrorToo() {
    JavaFileObject source =
        AppSource.valid()
            .withAuth("optionalScopes", "{\"crm.objects.deals.read\", \"crm.objects.deals.read\"}")
            .build();

    assertFailedWith(
        compile(source),
        source,
        DUPLICATE,
        "scope \"crm.objects.deals.read\" is listed twice in optionalScopes",
        "\"crm.objects.deals.read\"}");
  }

  @Test
  void scopeInTwoListsStaysAWarningOnTheLaterOne() {
    JavaFileObject source =
        AppSource.valid().withAuth("optionalScopes", "\"crm.objects.contacts.read\"").build();

    Compilation compilation = compile(source);

    assertSucceededWithWarning(
        compilation,
        source,
        OTHER_LIST,
        "scope \"crm.objects.contacts.read\" in optionalScopes is already listed in requiredScopes; list each scope"
            + " in one list only, or it is unclear whether the app requires it",
        "\"crm.objects.contacts.read\")");
    assertThat(compilation).hadWarningCount(1);
    assertNoDiagnostic(compilation, DUPLICATE);
  }

  @Test
  void distinctScopesAcrossListsPass() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .withAuth("optionalScopes", "\"crm.objects.contacts.write\"")
                .withAuth("conditionallyRequiredScopes", "\"crm.objects.deals.read\"")
                .build());

    assertPasses(compilation, DUPLICATE);
    assertNoDiagnostic(compilation, OTHER_LIST);
  }

  @Test
  void repeatInAComponentsPermissionsIsAnError() {
    JavaFileObject card =
        AppSource.card("MyCard")
            .with(
                "permissions",
                "@Permissions(requiredScopes = {\"crm.objects.deals.read\", \"crm.objects.deals.read\"})")
            .build();

    assertRejected(
        compile(
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build(), card),
        card,
        DUPLICATE,
        "scope \"crm.objects.deals.read\" is listed twice in permissions.requiredScopes; list each scope"
            + " once",
        "\"crm.objects.deals.read\"})");
  }

  @Test
  void aComponentMayListAScopeTheAppListsToo() {
    Compilation compilation =
        compile(
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build(),
            AppSource.card("MyCard")
                .with("permissions", "@Permissions(requiredScopes = \"crm.objects.contacts.read\")")
                .build());

    assertPasses(compilation, DUPLICATE);
    assertNoDiagnostic(compilation, OTHER_LIST);
  }
}
