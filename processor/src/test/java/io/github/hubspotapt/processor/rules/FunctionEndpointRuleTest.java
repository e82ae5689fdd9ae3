package io.github.hubspotapt.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND_FUNCTIONS;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertRejected;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithout;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compile;

import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.testing.AppSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class FunctionEndpointRuleTest {

  private static final String RULE = "HS-FUNCTION-ENDPOINT";

  private static Compilation compileFunction(JavaFileObject function) {
    return compile(NO_FRONTEND_FUNCTIONS, AppSource.privateStaticApp().build(), function);
  }

  private static JavaFileObject endpoint(String path, String methods) {
    return AppSource.appFunction("MyFunction")
        .with("endpoint", "@Endpoint(path = \"" + path + "\", methods = " + methods + ")")
        .build();
  }

  @Test
  void endpointWithMethodsButNoPathIsAnErrorOnTheEndpoint() {
    JavaFileObject function = endpoint("", "HttpMethod.GET");

    Compilation compilation = compileFunction(function);

    assertRejected(
        compilation,
        function,
        RULE,
        "@Endpoint has methods but no path; give the URL path it is served at,"
            + " e.g. path = \"/api/invoices\"",
        "@Endpoint");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void endpointWithAPathButNoMethodIsAnErrorOnTheEndpoint() {
    JavaFileObject function = endpoint("/api/invoices", "{}");

    Compilation compilation = compileFunction(function);

    assertRejected(
        compilation,
        function,
        RULE,
        "@Endpoint needs at least one HTTP method, e.g. methods = HttpMethod.POST",
        "@Endpoint");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathWithASpaceIsAnErrorOnThePath() {
    JavaFileObject function = endpoint("/api/my invoices", "HttpMethod.POST");

    Compilation compilation = compileFunction(function);

    assertRejected(
        compilation,
        function,
        RULE,
        "@Endpoint path \"/api/my invoices\" is not a URL path of '/'-separated"
            + " names of letters, digits, '_' and '-', e.g. \"/api/invoices\"",
        "\"/api/my invoices\"");
  }

  @Test
  void pathWithAnEmptySegmentIsAnError() {
    JavaFileObject function = endpoint("/api//invoices", "HttpMethod.POST");

    assertRejected(
        compileFunction(function),
        function,
        RULE,
        "@Endpoint path \"/api//invoices\" is not a URL path",
        "\"/api//invoices\"");
  }

  @Test
  void rootPathIsAnError() {
    JavaFileObject function = endpoint("/", "HttpMethod.GET");

    assertRejected(
        compileFunction(function),
        function,
        RULE,
        "@Endpoint path \"/\" is not a URL path",
        "\"/\"");
  }

  /**
   * The endpoint of HubSpot's functions-endpoint template, with several methods and a trailing
   * slash.
   */
  @Test
  void templateEndpointPasses() {
    Compilation compilation = compileFunction(endpoint("/api/function-one", "HttpMethod.GET"));

    assertSucceededWithout(compilation, RULE);

    compilation =
        compileFunction(endpoint("/api/v2/invoice_status/", "{HttpMethod.GET, HttpMethod.POST}"));

    assertSucceededWithout(compilation, RULE);
  }

  @Test
  void privateFunctionWithoutEndpointPasses() {
    Compilation compilation = compileFunction(AppSource.appFunction("MyFunction").build());

    assertSucceededWithout(compilation, RULE);
  }
}
