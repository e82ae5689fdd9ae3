package io.github.hubspotapt.processor.rules;

import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ScopeRequiredRuleTest {

  private static final String RULE = "HS-SCOPE-REQUIRED";

  @Test
  void emptyRequiredScopesIsAnErrorOnAuth() {
    JavaFileObject source = AppSource.valid().withAuth("requiredScopes", "{}").build();

    assertRejected(
        compile(source),
        source,
        RULE,
        "requiredScopes is empty; an app needs at least one required scope, e.g. requiredScopes = {\"oauth\","
            + " \"crm.objects.contacts.read\"}",
        "@Auth");
  }

  @Test
  void optionalScopesDoNotReplaceARequiredOne() {
    JavaFileObject source =
        AppSource.valid()
            .withAuth("requiredScopes", "{}")
            .withAuth("optionalScopes", "\"crm.objects.contacts.read\"")
            .build();

    assertFailedWith(compile(source), source, RULE, "requiredScopes is empty", "@Auth");
  }

  @Test
  void oneRequiredScopePasses() {
    Compilation compilation =
        compile(AppSource.valid().withAuth("requiredScopes", "\"oauth\"").build());

    assertSucceededWithout(compilation, RULE);
  }
}
