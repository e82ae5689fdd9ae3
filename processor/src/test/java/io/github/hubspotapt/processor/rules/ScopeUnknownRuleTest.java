package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ScopeUnknownRuleTest {

  private static final String RULE = "HS-SCOPE-UNKNOWN";

  @Test
  void misspelledScopeIsAWarningWithTheKnownScopeSuggested() {
    JavaFileObject source =
        AppSource.valid().withAuth("requiredScopes", "{\"oauth\", \"crm.objects.contact.read\"}").build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarning(compilation, source, RULE,
        "scope \"crm.objects.contact.read\" in requiredScopes is not a known HubSpot scope"
            + " (did you mean crm.objects.contacts.read?)",
        "\"crm.objects.contact.read\"");
  }

  @Test
  void unknownScopeFarFromEveryKnownOneHasNoSuggestion() {
    JavaFileObject source = AppSource.valid().withAuth("optionalScopes", "\"zzzzzzzzzzzzzzz\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarning(compilation, source, RULE,
        "scope \"zzzzzzzzzzzzzzz\" in optionalScopes is not a known HubSpot scope", "\"zzzzzzzzzzzzzzz\"");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT)).doesNotContain("did you mean");
  }

  @Test
  void suppressWarningsSilencesTheWarning() {
    Compilation compilation = compile(AppSource.valid()
        .withAuth("optionalScopes", "\"crm.objects.contact.read\"")
        .annotatedWith("@SuppressWarnings(\"hubspot:HS-SCOPE-UNKNOWN\")")
        .build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void malformedScopeIsLeftToTheFormatRule() {
    Compilation compilation =
        compile(AppSource.valid().withAuth("optionalScopes", "\"Crm.Objects.Contact.Read\"").build());

    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void knownScopesPass() {
    Compilation compilation = compile(AppSource.valid()
        .withAuth("optionalScopes", "{\"crm.objects.deals.read\", \"crm.schemas.contacts.read\"}")
        .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
