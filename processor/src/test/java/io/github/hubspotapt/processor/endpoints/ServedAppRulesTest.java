package io.github.hubspotapt.processor.endpoints;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.NO_FRONTEND;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertFailedWith;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.assertSucceededWithWarning;
import static io.github.hubspotapt.processor.testing.HubSpotCompiler.compileServed;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** HS-ENDPOINT-PATH and HS-WORKFLOW-ACTION-HANDLER, and the app's generated entry point. */
class ServedAppRulesTest {

  private static JavaFileObject action(String actionUrl, String declaration) {
    return JavaFileObjects.forSourceLines(
        "test.Invoice",
        "package test;",
        "",
        "import io.github.hubspotapt.*;",
        "",
        "@WorkflowAction(uid = \"invoice\", actionUrl = \"" + actionUrl + "\",",
        "    labels = @ActionLabels(actionName = \"Invoice\"), output = Invoice.Created.class)",
        declaration,
        "  public enum Currency { EUR, @Option(value = \"usd\", label = \"US dollar\") USD }",
        "  public record Created(String number) {}",
        "}");
  }

  private static final String RECORD =
      "public record Invoice(@InputField(required = true) java.math.BigDecimal amount, Currency currency) {";

  private static JavaFileObject hooks() {
    return JavaFileObjects.forSourceLines(
        "test.Hooks",
        "package test;",
        "",
        "import io.github.hubspotapt.*;",
        "",
        "@WebhookSettings(targetUrl = \"https://example.com/hubspot/in\", maxConcurrentRequests = 10)",
        "public class Hooks {",
        "  @WebhookSubscription(subscriptionType = \"object.deletion\", objectType = \"contact\")",
        "  public void onDeleted(long objectId) {}",
        "}");
  }

  @Test
  void twoEndpointsAtOnePathAreAnErrorOnTheSecondUrl() {
    JavaFileObject action = action("https://example.com/hubspot/in", RECORD);

    assertFailedWith(
        compileServed(NO_FRONTEND, AppSource.valid().build(), hooks(), action),
        action,
        "HS-ENDPOINT-PATH",
        "the URL https://example.com/hubspot/in has the path /hubspot/in of another endpoint",
        "\"https://example.com/hubspot/in\"");
  }

  @Test
  void anActionTypeThatIsNotARecordIsAWarningAndGetsNoReader() {
    JavaFileObject action = action("https://example.com/hubspot/invoice", "public class Invoice {");

    assertSucceededWithWarning(
        compileServed(NO_FRONTEND, AppSource.valid().build(), action),
        action,
        "HS-WORKFLOW-ACTION-HANDLER",
        "the workflow action's input type Invoice is not a record, so no execution"
            + " reader is generated for it",
        "class Invoice {");
  }

  @Test
  void anInputTheReaderCannotBuildIsAWarningOnItsFieldAndTheActionIsNotServed() {
    JavaFileObject action =
        action(
            "https://example.com/hubspot/invoice",
            "public record Invoice(java.util.EnumSet<Currency> currencies, byte copies) {");

    Compilation compilation = compileServed(NO_FRONTEND, AppSource.valid().build(), action);

    assertSucceededWithWarning(
        compilation,
        action,
        "HS-WORKFLOW-ACTION-HANDLER",
        "input field currencies has the"
            + " Java type java.util.EnumSet<test.Invoice.Currency>, which the execution reader cannot build from"
            + " HubSpot's string, so the action is not served",
        "currencies,");
    assertThat(
            compilation.generatedSourceFiles().stream()
                .map(JavaFileObject::getName)
                .noneMatch(
                    name ->
                        name.endsWith("Invoice_Execution.java")
                            || name.endsWith("TestAppEndpoints.java")))
        .isTrue();
  }

  @Test
  void theEntryPointTakesOneHandlerPerClassAndActionAndReadsInputsByTheirJavaTypes() {
    Compilation compilation =
        compileServed(
            NO_FRONTEND,
            AppSource.valid().build(),
            hooks(),
            action("https://example.com/hubspot/invoice", RECORD));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.TestAppEndpoints")
        .contentsAsUtf8String()
        .contains("public Builder invoice(ActionHandler<Invoice, Invoice.Created> invoice)");
    assertThat(compilation)
        .generatedSourceFile("test.TestAppEndpoints")
        .contentsAsUtf8String()
        .contains("public Builder hooks(Hooks hooks)");
    assertThat(compilation)
        .generatedSourceFile("test.Invoice_Execution")
        .contentsAsUtf8String()
        .contains("Map.entry(\"usd\", Invoice.Currency.USD)");
  }

  /**
   * Written in ASCII: the Filer writes in the compilation's encoding, which in a C locale without
   * -encoding turned "été" into "?t?" in the compiled reader.
   */
  @Test
  void anOptionValueOutsideAsciiIsWrittenAsAUnicodeEscape() throws IOException {
    Compilation compilation =
        compileServed(
            NO_FRONTEND,
            AppSource.valid().build(),
            action(
                "https://example.com/hubspot/invoice",
                "public record Invoice(Currency currency, Season season) {\n"
                    + "  public enum Season { @Option(value = \"\u00e9t\u00e9\") SUMMER, WINTER }"));

    assertThat(compilation).succeeded();
    String reader =
        compilation
            .generatedSourceFile("test.Invoice_Execution")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(reader).contains("Map.entry(\"\\u00e9t\\u00e9\", Invoice.Season.SUMMER)");
    assertThat(reader.chars().allMatch(c -> c < 0x80)).isTrue();
  }

  @Test
  void anOptionValueWithAProfileVariableIsAWarningOnItAndTheActionIsNotServed() {
    JavaFileObject action =
        action(
            "https://example.com/hubspot/invoice",
            "public record Invoice(Currency currency, Season season) {\n"
                + "  public enum Season { @Option(value = \"${PFX}_a\") SUMMER, WINTER }");
    Compilation compilation =
        compileServed(
            NO_FRONTEND,
            AppSource.valid()
                .annotatedWith(
                    "@Profile(name = \"prod\", accountId = 1, variables = @Variable(name = \"PFX\","
                        + " value = \"one\"))")
                .build(),
            action);

    assertSucceededWithWarning(
        compilation,
        action,
        "HS-WORKFLOW-ACTION-HANDLER",
        "option value \"${PFX}_a\" holds a profile variable, which HubSpot substitutes in the"
            + " action's options while the generated reader would match HubSpot's values against the"
            + " text as written, so the action is not served",
        "\"${PFX}_a\"");
    assertThat(compilation.generatedSourceFile("test.Invoice_Execution")).isEmpty();
  }
}
