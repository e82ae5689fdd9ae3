package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNothingWritten;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SupportEmailRuleTest {

  private static final String RULE = "HS-SUPPORT-EMAIL";

  private static AppSource withEmail(String email) {
    return AppSource.valid().with("support", "@Support(supportEmail = \"" + email + "\")");
  }

  @Test
  void addressWithoutDottedDomainIsAnErrorOnTheValue() {
    JavaFileObject source = withEmail("support@example").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE,
        "supportEmail \"support@example\" is not an e-mail address; expected e.g. support@example.com",
        "\"support@example\"");
    assertNothingWritten(compilation);
  }

  @Test
  void addressWithASpaceIsAnError() {
    JavaFileObject source = withEmail("support team@example.com").build();

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertError(compilation, source, RULE, "supportEmail \"support team@example.com\" is not an e-mail address",
        "\"support team@example.com\"");
  }

  @Test
  void plainAddressPasses() {
    Compilation compilation = compile(withEmail("support@example.com").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }

  @Test
  void emptyAddressMeansAbsentAndPasses() {
    Compilation compilation = compile(withEmail("").build());

    assertThat(compilation).succeeded();
    assertNoDiagnostic(compilation, RULE);
  }
}
