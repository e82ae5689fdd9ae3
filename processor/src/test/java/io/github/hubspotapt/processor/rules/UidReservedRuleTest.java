package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND_FUNCTIONS;
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
 * With app functions, HubSpot's parser adds its own component of uid
 * hubspot-serverless-package-uid: the same uid on a component is HS-UID-DUPLICATE (an error).
 * Without functions it is HS-UID-RESERVED (a warning).
 */
class UidReservedRuleTest {

  private static final String RESERVED_RULE = "HS-UID-RESERVED";
  private static final String DUPLICATE_RULE = "HS-UID-DUPLICATE";
  private static final String RESERVED = "\"hubspot-serverless-package-uid\"";
  private static final String WARNING =
      "uid \"hubspot-serverless-package-uid\" is reserved: HubSpot's parser uses it"
          + " for the functions package, so the project is rejected as soon as it has an @AppFunction; choose another uid";
  private static final String DUPLICATE =
      "uid \"hubspot-serverless-package-uid\" is the uid HubSpot's parser gives"
          + " the functions package it creates for the app's @AppFunction components, so HubSpot rejects it as a"
          + " duplicate uid (\"Duplicate uid 'hubspot-serverless-package-uid'\"); choose another uid";

  @Test
  void reservedUidOnACardOfAnAppWithFunctionsIsADuplicateUidError() {
    JavaFileObject card = AppSource.card("MyCard").with("uid", RESERVED).build();

    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            AppSource.privateStaticApp().build(),
            card,
            AppSource.appFunction("MyFunction").build());

    assertRejected(compilation, card, DUPLICATE_RULE, DUPLICATE, RESERVED);
    assertThat(compilation).hadErrorCount(1);
    assertNoDiagnostic(compilation, RESERVED_RULE);
  }

  @Test
  void reservedUidOnTheFunctionItselfIsADuplicateUidError() {
    JavaFileObject function = AppSource.appFunction("MyFunction").with("uid", RESERVED).build();

    Compilation compilation =
        compile(NO_FRONTEND_FUNCTIONS, AppSource.privateStaticApp().build(), function);

    assertFailedWith(compilation, function, DUPLICATE_RULE, DUPLICATE, RESERVED);
  }

  @Test
  void reservedUidOnTheAppOfAnAppWithFunctionsIsAnError() {
    JavaFileObject app = AppSource.privateStaticApp().with("uid", RESERVED).build();

    Compilation compilation =
        compile(NO_FRONTEND_FUNCTIONS, app, AppSource.appFunction("MyFunction").build());

    assertFailedWith(compilation, app, DUPLICATE_RULE, DUPLICATE, RESERVED);
  }

  @Test
  void reservedUidWithoutFunctionsIsAWarningOnTheValue() {
    JavaFileObject card = AppSource.card("MyCard").with("uid", RESERVED).build();

    Compilation compilation = compile(NO_FRONTEND_FUNCTIONS, AppSource.valid().build(), card);

    assertSucceededWithWarning(compilation, card, RESERVED_RULE, WARNING, RESERVED);
    assertNoDiagnostic(compilation, DUPLICATE_RULE);
  }

  @Test
  void reservedUidOnTheAppWithoutFunctionsIsAWarningOnTheValue() {
    JavaFileObject app = AppSource.valid().with("uid", RESERVED).build();

    Compilation compilation = compile(app);

    assertSucceededWithWarning(compilation, app, RESERVED_RULE, WARNING, RESERVED);
  }

  @Test
  void suppressWarningsSilencesTheWarning() {
    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            AppSource.valid().build(),
            AppSource.card("MyCard")
                .with("uid", RESERVED)
                .annotatedWith("@SuppressWarnings(\"hubspot:HS-UID-RESERVED\")")
                .build());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void uidThatOnlyContainsTheReservedOnePassesBesideFunctions() {
    Compilation compilation =
        compile(
            NO_FRONTEND_FUNCTIONS,
            AppSource.privateStaticApp().build(),
            AppSource.card("MyCard").with("uid", "\"hubspot-serverless-package-uid-2\"").build(),
            AppSource.appFunction("MyFunction").build());

    assertPasses(compilation, RESERVED_RULE);
    assertNoDiagnostic(compilation, DUPLICATE_RULE);
  }
}
