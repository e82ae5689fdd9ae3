package io.github.hubspotapt.processor.rules;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND_FUNCTIONS;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertError;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertPasses;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FunctionSecretKeyRuleTest {

  private static final String RULE = "HS-FUNCTION-SECRET-KEY";
  private static final String MESSAGE =
      "this secret key is not an environment-variable name (letters, digits and '_',"
          + " not starting with a digit), e.g. \"INVOICE_API_KEY\": HubSpot passes each secret to the function as an"
          + " environment variable of that name; put the secret's value in HubSpot, never in code";

  private static Compilation compileFunction(JavaFileObject function) {
    return compile(NO_FRONTEND_FUNCTIONS, AppSource.privateStaticApp().build(), function);
  }

  @Test
  void pastedSecretValueIsAnErrorOnThatElementThatNeverRepeatsTheValue() {
    JavaFileObject function =
        AppSource.appFunction("MyFunction")
            .with("secretKeys", "{\"INVOICE_API_KEY\", \"sk-live-4f9a8b7c\"}")
            .build();

    Compilation compilation = compileFunction(function);

    assertRejected(compilation, function, RULE, MESSAGE, "\"sk-live-4f9a8b7c\"");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("sk-live");
  }

  /** The case of issue 13: a name with '-', which no environment variable can have. */
  @Test
  void keyWithAHyphenIsAnError() {
    JavaFileObject function =
        AppSource.appFunction("MyFunction").with("secretKeys", "\"my-api-key\"").build();

    Compilation compilation = compileFunction(function);

    assertFailedWith(compilation, function, RULE, MESSAGE, "\"my-api-key\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).doesNotContain("my-api-key");
  }

  @Test
  void keyStartingWithADigitIsAnError() {
    JavaFileObject function =
        AppSource.appFunction("MyFunction").with("secretKeys", "\"1_KEY\"").build();

    assertFailedWith(compileFunction(function), function, RULE, MESSAGE, "\"1_KEY\"");
  }

  @Test
  void emptyKeyIsAnError() {
    JavaFileObject function =
        AppSource.appFunction("MyFunction").with("secretKeys", "\"\"").build();

    assertFailedWith(compileFunction(function), function, RULE, MESSAGE, "\"\"");
  }

  @Test
  void suppressWarningsDoesNotSilenceTheError() {
    JavaFileObject function =
        AppSource.appFunction("MyFunction")
            .with("secretKeys", "\"not a name\"")
            .annotatedWith("@SuppressWarnings(\"hubspot:HS-FUNCTION-SECRET-KEY\")")
            .build();

    Compilation compilation = compileFunction(function);

    assertError(compilation, function, RULE, MESSAGE, "\"not a name\"");
  }

  /** The secret keys of HubSpot's samples, and names starting with '_' or in lower case. */
  @Test
  void secretNamesPass() {
    Compilation compilation =
        compileFunction(
            AppSource.appFunction("MyFunction")
                .with(
                    "secretKeys", "{\"NASA_API_KEY\", \"HS_ACCESS_TOKEN\", \"_private\", \"key2\"}")
                .build());

    assertPasses(compilation, RULE);
  }
}
