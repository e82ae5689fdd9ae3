package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ScopeDuplicateRuleTest {

  private static final String RULE = "HS-SCOPE-DUPLICATE";

  @Test
  void repeatInTheSameListIsAWarningOnTheRepeat() {
    JavaFileObject source = AppSource.valid()
        .withAuth("requiredScopes", "{\"oauth\", \"crm.objects.contacts.read\", \"oauth\"}")
        .build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarning(compilation, source, RULE,
        "scope \"oauth\" in requiredScopes is already listed in requiredScopes; list each scope once",
        "\"oauth\"}");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void scopeInTwoListsIsAWarningOnTheLaterOne() {
    JavaFileObject source = AppSource.valid().withAuth("optionalScopes", "\"crm.objects.contacts.read\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertWarning(compilation, source, RULE,
        "scope \"crm.objects.contacts.read\" in optionalScopes is already listed in requiredScopes;"
            + " list each scope once",
        "\"crm.objects.contacts.read\")");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void distinctScopesAcrossListsPass() {
    Compilation compilation = compile(AppSource.valid()
        .withAuth("optionalScopes", "\"crm.objects.contacts.write\"")
        .withAuth("conditionallyRequiredScopes", "\"crm.objects.deals.read\"")
        .build());

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
