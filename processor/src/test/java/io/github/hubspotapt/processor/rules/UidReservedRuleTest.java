package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.rules.FeatureSource.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertNoDiagnostic;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class UidReservedRuleTest {

  private static final String RULE = "HS-UID-RESERVED";
  private static final String RESERVED = "\"hubspot-serverless-package-uid\"";
  private static final String MESSAGE =
      "uid \"hubspot-serverless-package-uid\" is reserved: HubSpot's parser uses it for the functions package";

  @Test
  void reservedUidOnAFeatureIsAWarningOnTheValue() {
    JavaFileObject card = FeatureSource.card("MyCard").with("uid", RESERVED).build();

    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), card);

    assertThat(compilation).succeeded();
    assertWarning(compilation, card, RULE, MESSAGE, RESERVED);
  }

  @Test
  void reservedUidOnTheAppIsAWarningOnTheValue() {
    JavaFileObject app = AppSource.valid().with("uid", RESERVED).build();

    Compilation compilation = compile(app);

    assertThat(compilation).succeeded();
    assertWarning(compilation, app, RULE, MESSAGE, RESERVED);
  }

  @Test
  void suppressWarningsSilencesTheWarning() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(), FeatureSource.card("MyCard")
        .with("uid", RESERVED)
        .annotatedWith("@SuppressWarnings(\"hubspot:HS-UID-RESERVED\")")
        .build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void uidThatOnlyContainsTheReservedOnePasses() {
    Compilation compilation = compile(NO_FRONTEND, AppSource.valid().build(),
        FeatureSource.card("MyCard").with("uid", "\"hubspot-serverless-package-uid-2\"").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertNoDiagnostic(compilation, RULE);
  }
}
