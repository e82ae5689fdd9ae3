package io.github.hubspotapt.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Each feature type, declared with the values of HubSpot's official template for it, generates the template's JSON:
 * the same keys, in the same order, with the same values. The templates are the files {@code hs project add} copies
 * (hubspot-project-components, in the shared samples).
 */
class TemplateGoldenTest {

  private static final Path SAMPLES = Path.of("..", "..", "shared", "hubspot", "samples");
  private static final Path TEMPLATES = SAMPLES.resolve("hubspot-project-components");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PRIVATE_STATIC_APP = """
      @HubSpotApp(uid = "sample_app", name = "Sample", description = "Sample app.",
          distribution = Distribution.PRIVATE, platformVersion = PlatformVersion.%s)
      @Auth(type = AuthType.STATIC, requiredScopes = {"oauth", "crm.objects.contacts.read"})
      """;

  @Test
  void appMatchesTheOauthMarketplaceTemplate() throws IOException {
    String source = """
        @HubSpotApp(uid = "sample_oauth_marketplace_app", name = "Sample marketplace app",
            description = "An example to demonstrate how to build a marketplace app with developer projects.",
            distribution = Distribution.MARKETPLACE,
            permittedUrls = @PermittedUrls(fetch = "https://api.hubapi.com"),
            support = @Support(supportEmail = "support@example.com", documentationUrl = "https://example.com/docs",
                supportUrl = "https://example.com/support", supportPhone = "+18005555555"))
        @Auth(type = AuthType.OAUTH, redirectUrls = "http://localhost:3000",
            requiredScopes = {"oauth", "crm.objects.contacts.read", "crm.objects.contacts.write"})
        """;
    assertMatches(source, "src/app/app-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/app/oauth-marketplace/src/app/app-hsmeta.json"));
  }

  @Test
  void appMatchesTheStaticPrivateTemplate() throws IOException {
    String source = """
        @HubSpotApp(uid = "sample_static_private_app", name = "Sample static private app",
            description = "An example to demonstrate how to build a static private app with developer projects.",
            distribution = Distribution.PRIVATE,
            permittedUrls = @PermittedUrls(fetch = "https://api.hubapi.com"),
            support = @Support(supportEmail = "support@example.com", documentationUrl = "https://example.com/docs",
                supportUrl = "https://example.com/support", supportPhone = "+18005555555"))
        @Auth(type = AuthType.STATIC,
            requiredScopes = {"oauth", "crm.objects.contacts.read", "crm.objects.contacts.write"})
        """;
    assertMatches(source, "src/app/app-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/app/static-private/src/app/app-hsmeta.json"));
  }

  @Test
  void projectFileMatchesTheDefaultTemplate() throws IOException {
    String source = """
        @HubSpotApp(uid = "sample_app", name = "Sample", description = "Sample app.", projectName = "My Project",
            distribution = Distribution.PRIVATE)
        @Auth(type = AuthType.STATIC, requiredScopes = "oauth")
        """;
    assertMatches(source, "hsproject.json", TEMPLATES.resolve("2026.03/defaultFiles/hsproject.json"));
  }

  @Test
  void cardMatchesTheCardTemplate() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @Card(uid = "card_extension", name = "New Card", location = "crm.record.tab",
            entrypoint = "/app/cards/NewCard.tsx", objectTypes = "contacts")
        """;
    assertMatches(source, "src/app/cards/new-card-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/cards/src/app/cards/card-hsmeta.json"));
  }

  @Test
  void settingsMatchesTheSettingsTemplate() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @Settings(uid = "settings_extension", entrypoint = "/app/settings/SettingsPage.tsx")
        """;
    assertMatches(source, "src/app/settings/settings-extension-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/settings/src/app/settings/settings-page-hsmeta.json"));
  }

  @Test
  void pageMatchesTheMultiRoutePagesTemplateFrom2026_03() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @Page(uid = "app_pages_extension", entrypoint = "/app/pages/Pages.tsx")
        """;
    assertMatches(source, "src/app/pages/app-pages-extension-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/pages/src/app/pages/pages-hsmeta.json"));
  }

  @Test
  void pageMatchesTheAppHomeTemplateOn2025_2() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2025_2") + """
        @Page(uid = "app_home_extension", entrypoint = "/app/pages/Home.tsx")
        """;
    assertMatches(source, "src/app/pages/app-home-extension-hsmeta.json",
        TEMPLATES.resolve("2025.2/components/pages/src/app/pages/home-hsmeta.json"));
  }

  @Test
  void privateFunctionMatchesThePrivateFunctionTemplate() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @AppFunction(uid = "app_function_private", entrypoint = "/app/functions/NewFunction.js")
        """;
    assertMatches(source, "src/app/functions/app-function-private-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/functions-private/src/app/functions/private-function-hsmeta.json"));
  }

  @Test
  void endpointFunctionMatchesTheEndpointFunctionTemplate() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @AppFunction(uid = "app_function_endpoint", entrypoint = "/app/functions/NewEndpointFunction.js",
            endpoint = @Endpoint(path = "/api/function-one", methods = HttpMethod.GET))
        """;
    assertMatches(source, "src/app/functions/app-function-endpoint-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/functions-endpoint/src/app/functions/endpoint-function-hsmeta.json"));
  }

  @Test
  void scimMatchesTheScimTemplate() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @Scim(uid = "scim")
        """;
    assertMatches(source, "src/app/scim/scim-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/scim/src/app/scim/scim-hsmeta.json"));
  }

  @Test
  void crmBulkActionMatchesTheActionTemplate() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_09_BETA") + """
        @CrmBulkAction(uid = "action_extension", label = "New Bulk Action", entrypoint = "/app/actions/NewAction.tsx",
            objectTypes = "contacts", displayMode = DisplayMode.PANEL, icon = "right")
        """;
    assertMatches(source, "src/app/actions/new-bulk-action-hsmeta.json",
        TEMPLATES.resolve("2026.09-beta/components/actions/src/app/actions/action-hsmeta.json"));
  }

  /** HubSpot has no telemetry template; this is the one public telemetry file (a HubSpot developer advocate's). */
  @Test
  void telemetryMatchesThePublicTelemetryExample() throws IOException {
    String source = PRIVATE_STATIC_APP.formatted("V2026_03") + """
        @Telemetry(uid = "telemetry", providerType = TelemetryProvider.SENTRY, datasetName = "hubspot-central-brain",
            logTypes = {"APP_FUNCTION", "ENDPOINT_FUNCTION", "WEBHOOKS"}, logLevels = {"ERROR", "WARN", "INFO"})
        """;
    assertMatches(source, "src/app/telemetry/telemetry-hsmeta.json",
        SAMPLES.resolve("community/dennisedson-hubspot-central-brain/src/app/telemetry/telemetry-hsmeta.json"));
  }

  /** Compiles {@code annotations} on one class and compares the generated file with the template, key order included. */
  private static void assertMatches(String annotations, String generated, Path template) throws IOException {
    Compilation compilation = HubSpotCompiler.compile(List.of("-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE"),
        JavaFileObjects.forSourceString("test.Sample",
            "package test;\nimport io.github.hubspotapt.*;\n" + annotations + "class Sample {}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    String actual = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/" + generated)
        .orElseThrow(() -> new AssertionError("not generated: " + generated))
        .getCharContent(true).toString();
    // Re-serializing both parsed trees keeps key order, so this compares keys, order and values, not whitespace.
    assertEquals(JSON.writeValueAsString(JSON.readTree(Files.readString(template))),
        JSON.writeValueAsString(JSON.readTree(actual)), template.toString());
  }
}
