package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ScopeFormatRuleTest {

  private static final String RULE = "HS-SCOPE-FORMAT";

  @Test
  void upperCaseScopeIsAnErrorWithTheKnownScopeSuggested() {
    JavaFileObject source =
        AppSource.valid()
            .withAuth("requiredScopes", "{\"oauth\", \"CRM.Objects.Contacts.Read\"}")
            .build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "scope \"CRM.Objects.Contacts.Read\" in requiredScopes is not a scope name: scope names use only"
            + " lower-case letters, digits, '.', '_' and '-' (did you mean crm.objects.contacts.read?)",
        "\"CRM.Objects.Contacts.Read\"");
  }

  @Test
  void scopeWithASpaceInOptionalScopesIsAnError() {
    JavaFileObject source =
        AppSource.valid().withAuth("optionalScopes", "\"crm.objects.deals read\"").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "scope \"crm.objects.deals read\" in optionalScopes is not a scope name: scope names use only"
            + " lower-case letters, digits, '.', '_' and '-' (did you mean crm.objects.deals.read?)",
        "\"crm.objects.deals read\"");
  }

  @Test
  void emptyScopeInConditionallyRequiredScopesIsAnError() {
    JavaFileObject source =
        AppSource.valid().withAuth("conditionallyRequiredScopes", "\"\"").build();

    Compilation compilation = compile(source);

    assertFailedWith(
        compilation,
        source,
        RULE,
        "scope \"\" in conditionallyRequiredScopes is not a scope name",
        "\"\"");
  }

  @Test
  void digitsDotsUnderscoresAndHyphensPass() {
    Compilation compilation =
        compile(
            AppSource.valid()
                .withAuth(
                    "requiredScopes",
                    "{\"oauth\", \"crm.objects.contacts.sensitive.read.v2\", \"analytics.behavioral_events.send\","
                        + " \"account-info.security.read\"}")
                .build());

    assertPasses(compilation, RULE);
  }

  @Test
  void aComponentsPermissionsAreCheckedAsTheAppsScopesAre() {
    JavaFileObject card =
        AppSource.card("MyCard")
            .with("permissions", "@Permissions(optionalScopes = \"Timeline\")")
            .build();

    assertRejected(
        compile(
            AppSource.valid().with("platformVersion", "PlatformVersion.V2026_09").build(), card),
        card,
        RULE,
        "scope \"Timeline\" in permissions.optionalScopes is not a scope name: scope names use only"
            + " lower-case letters, digits, '.', '_' and '-' (did you mean timeline?)",
        "\"Timeline\"");
  }
}
