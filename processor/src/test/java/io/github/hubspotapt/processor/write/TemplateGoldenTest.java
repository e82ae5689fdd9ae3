package io.github.hubspotapt.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Each feature type, declared with the values of HubSpot's official template for it, generates the
 * template's JSON: the same keys, in the same order, with the same values. The templates are the
 * files {@code hs project add} copies (hubspot-project-components, vendored under
 * src/test/resources/hubspot-samples).
 */
class TemplateGoldenTest {

  /** HubSpot's files, vendored as test data (origin and commit in SOURCES.md there). */
  private static final Path SAMPLES = Path.of("src", "test", "resources", "hubspot-samples");

  private static final Path TEMPLATES = SAMPLES.resolve("hubspot-project-components");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PRIVATE_STATIC_APP =
      """
      @HubSpotApp(uid = "sample_app", name = "Sample", description = "Sample app.",
          distribution = Distribution.PRIVATE, platformVersion = PlatformVersion.%s)
      @Auth(type = AuthType.STATIC, requiredScopes = {"oauth", "crm.objects.contacts.read"})
      """;

  @Test
  void appMatchesTheOauthMarketplaceTemplate() throws IOException {
    String source =
        """
        @HubSpotApp(uid = "sample_oauth_marketplace_app", name = "Sample marketplace app",
            description = "An example to demonstrate how to build a marketplace app with developer projects.",
            distribution = Distribution.MARKETPLACE,
            permittedUrls = @PermittedUrls(fetch = "https://api.hubapi.com"),
            support = @Support(supportEmail = "support@example.com", documentationUrl = "https://example.com/docs",
                supportUrl = "https://example.com/support", supportPhone = "+18005555555"))
        @Auth(type = AuthType.OAUTH, redirectUrls = "http://localhost:3000",
            requiredScopes = {"oauth", "crm.objects.contacts.read", "crm.objects.contacts.write"})
        """;
    assertMatches(
        source,
        "src/app/app-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/app/oauth-marketplace/src/app/app-hsmeta.json"));
  }

  @Test
  void appMatchesTheStaticPrivateTemplate() throws IOException {
    String source =
        """
        @HubSpotApp(uid = "sample_static_private_app", name = "Sample static private app",
            description = "An example to demonstrate how to build a static private app with developer projects.",
            distribution = Distribution.PRIVATE,
            permittedUrls = @PermittedUrls(fetch = "https://api.hubapi.com"),
            support = @Support(supportEmail = "support@example.com", documentationUrl = "https://example.com/docs",
                supportUrl = "https://example.com/support", supportPhone = "+18005555555"))
        @Auth(type = AuthType.STATIC,
            requiredScopes = {"oauth", "crm.objects.contacts.read", "crm.objects.contacts.write"})
        """;
    assertMatches(
        source,
        "src/app/app-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/app/static-private/src/app/app-hsmeta.json"));
  }

  /**
   * The app template of an unmerged HubSpot branch, the one official file with a logo (and no oauth
   * scope).
   */
  @Test
  void appWithLogoMatchesTheBranchTemplateWithALogo() throws IOException {
    String source =
        """
        @HubSpotApp(uid = "my_unified_app", name = "my unified app",
            description = "An example to demonstrate how to build a public app with developer projects.",
            logo = "/app/app-logo.jpg", distribution = Distribution.MARKETPLACE,
            permittedUrls = @PermittedUrls(fetch = "https://api.hubapi.com"),
            support = @Support(supportEmail = "support@example.com", documentationUrl = "https://example.com/docs",
                supportUrl = "https://example.com/support", supportPhone = "+18005555555"))
        @Auth(type = AuthType.OAUTH, redirectUrls = "http://localhost:3000/oauth-callback",
            requiredScopes = {"crm.objects.contacts.read", "crm.objects.contacts.write"})
        """;
    assertMatches(
        source,
        "src/app/app-hsmeta.json",
        SAMPLES.resolve(
            "hubspot-project-components@pull-45/components/app/src/app/my-app-hsmeta.json"));
  }

  @Test
  void projectFileMatchesTheDefaultTemplate() throws IOException {
    String source =
        """
        @HubSpotApp(uid = "sample_app", name = "Sample", description = "Sample app.", projectName = "My Project",
            distribution = Distribution.PRIVATE)
        @Auth(type = AuthType.STATIC, requiredScopes = "oauth")
        """;
    assertMatches(
        source, "hsproject.json", TEMPLATES.resolve("2026.03/defaultFiles/hsproject.json"));
  }

  @Test
  void cardMatchesTheCardTemplate() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @Card(uid = "card_extension", name = "New Card", location = "crm.record.tab",
            entrypoint = "/app/cards/NewCard.tsx", objectTypes = "contacts")
        """;
    assertMatches(
        source,
        "src/app/cards/new-card-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/cards/src/app/cards/card-hsmeta.json"));
  }

  @Test
  void settingsWithTheTemplatesFileNameIsWrittenUnderThatNameWithTheTemplatesContent()
      throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @Settings(uid = "settings_extension", fileName = "settings-page-hsmeta.json",
            entrypoint = "/app/settings/SettingsPage.tsx")
        """;
    assertMatches(
        source,
        "src/app/settings/settings-page-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/settings/src/app/settings/settings-page-hsmeta.json"));
  }

  @Test
  void settingsMatchesTheSettingsTemplate() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @Settings(uid = "settings_extension", entrypoint = "/app/settings/SettingsPage.tsx")
        """;
    assertMatches(
        source,
        "src/app/settings/settings-extension-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/settings/src/app/settings/settings-page-hsmeta.json"));
  }

  @Test
  void pageMatchesTheMultiRoutePagesTemplateFrom2026_03() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @Page(uid = "app_pages_extension", entrypoint = "/app/pages/Pages.tsx")
        """;
    assertMatches(
        source,
        "src/app/pages/app-pages-extension-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/pages/src/app/pages/pages-hsmeta.json"));
  }

  @Test
  void pageMatchesTheAppHomeTemplateOn2025_2() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2025_2")
            + """
        @Page(uid = "app_home_extension", entrypoint = "/app/pages/Home.tsx")
        """;
    assertMatches(
        source,
        "src/app/pages/app-home-extension-hsmeta.json",
        TEMPLATES.resolve("2025.2/components/pages/src/app/pages/home-hsmeta.json"));
  }

  @Test
  void privateFunctionMatchesThePrivateFunctionTemplate() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @AppFunction(uid = "app_function_private", entrypoint = "/app/functions/NewFunction.js")
        """;
    assertMatches(
        source,
        "src/app/functions/app-function-private-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/functions-private/src/app/functions/private-function-hsmeta.json"));
  }

  @Test
  void endpointFunctionMatchesTheEndpointFunctionTemplate() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @AppFunction(uid = "app_function_endpoint", entrypoint = "/app/functions/NewEndpointFunction.js",
            endpoint = @Endpoint(path = "/api/function-one", methods = HttpMethod.GET))
        """;
    assertMatches(
        source,
        "src/app/functions/app-function-endpoint-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/functions-endpoint/src/app/functions/endpoint-function-hsmeta.json"));
  }

  @Test
  void scimMatchesTheScimTemplate() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @Scim(uid = "scim")
        """;
    assertMatches(
        source,
        "src/app/scim/scim-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/scim/src/app/scim/scim-hsmeta.json"));
  }

  @Test
  void crmBulkActionMatchesTheActionTemplate() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_09_BETA")
            + """
        @CrmBulkAction(uid = "action_extension", label = "New Bulk Action", entrypoint = "/app/actions/NewAction.tsx",
            objectTypes = "contacts", displayMode = DisplayMode.PANEL, icon = "right")
        """;
    assertMatches(
        source,
        "src/app/actions/new-bulk-action-hsmeta.json",
        TEMPLATES.resolve("2026.09-beta/components/actions/src/app/actions/action-hsmeta.json"));
  }

  /**
   * HubSpot has no telemetry template; this is the one public telemetry file (a HubSpot developer
   * advocate's).
   */
  @Test
  void telemetryMatchesThePublicTelemetryExample() throws IOException {
    String source =
        PRIVATE_STATIC_APP.formatted("V2026_03")
            + """
        @Telemetry(uid = "telemetry", providerType = TelemetryProvider.SENTRY, datasetName = "hubspot-central-brain",
            logTypes = {"APP_FUNCTION", "ENDPOINT_FUNCTION", "WEBHOOKS"}, logLevels = {"ERROR", "WARN", "INFO"})
        """;
    assertMatches(
        source,
        "src/app/telemetry/telemetry-hsmeta.json",
        SAMPLES.resolve(
            "community/dennisedson-hubspot-central-brain/src/app/telemetry/telemetry-hsmeta.json"));
  }

  private static final String OAUTH_MARKETPLACE_APP =
      """
      @HubSpotApp(uid = "sample_app", name = "Sample", description = "Sample app.",
          distribution = Distribution.MARKETPLACE)
      @Auth(type = AuthType.OAUTH, redirectUrls = "https://example.com/oauth",
          requiredScopes = {"oauth", "timeline", "crm.objects.contacts.read"})
      """;

  @Test
  void webhooksMatchTheWebhooksTemplate() throws IOException {
    String source =
        OAUTH_MARKETPLACE_APP
            + """
        @WebhookSettings(targetUrl = "https://example.com/webhook", maxConcurrentRequests = 10)
        class Sample {
          @WebhookSubscription(subscriptionType = "object.creation", objectType = "contact", active = false)
          void created() {}

          @WebhookSubscription(subscriptionType = "object.propertyChange", objectType = "contact",
              propertyName = "firstname", active = false)
          void renamed() {}

          @WebhookSubscription(subscriptionType = "contact.propertyChange", propertyName = "lastname", active = false)
          void lastNameChanged() {}

          @WebhookSubscription(subscriptionType = "contact.deletion", active = false)
          void deleted() {}

          @WebhookSubscription(subscriptionType = "contact.privacyDeletion", active = false)
          void forgotten() {}
        }
        """;
    assertMatches(
        List.of(source),
        "src/app/webhooks/webhooks-hsmeta.json",
        TEMPLATES.resolve("2026.03/components/webhooks/src/app/webhooks/webhooks-hsmeta.json"));
  }

  private static final String WORKFLOW_INPUT =
      """
      record Sample(
          @InputField(label = "Notification Message", description = "Enter the message to be sent in the notification",
              fieldType = "textarea", required = true) String message,
          @InputField(label = "Priority Level", description = "Select the priority level for this notification",
              required = true) Priority priority) {
        enum Priority {
          @Option(value = "high", label = "High Priority") HIGH,
          @Option(value = "normal", label = "Normal Priority") NORMAL,
          @Option(value = "low", label = "Low Priority") LOW
        }
      }
      """;

  private static final String WORKFLOW_ACTION =
      """
      @WorkflowAction(uid = "%s", actionUrl = "https://example.com", published = true, objectTypes = "CONTACT",
          labels = @ActionLabels(actionName = "My Custom Action",
              actionDescription = "Sends a notification with custom message and priority level",
              actionCardContent = "Send {{priority}} priority notification"))
      """;

  @Test
  void workflowActionMatchesTheWorkflowActionTemplate() throws IOException {
    String source =
        OAUTH_MARKETPLACE_APP.replace("@HubSpotApp", "@HubSpotApp")
            + "class App {}\n"
            + WORKFLOW_ACTION.formatted("workflow_action")
            + WORKFLOW_INPUT;
    assertMatches(
        List.of(source),
        "src/app/workflow-actions/my-custom-action-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/workflow-actions/src/app/workflow-actions/workflow-actions-hsmeta.json"));
  }

  /**
   * HubSpot's agent-tool template lists the AGENTS client bare, while its agent-tool docs require
   * toolType and llmConfig; the processor always writes both (an @AgentTool has them), so they are
   * added to the template here.
   */
  @Test
  void agentToolMatchesTheWorkflowActionToolTemplatePlusTheFieldsTheDocsRequire()
      throws IOException {
    String source =
        OAUTH_MARKETPLACE_APP
            + "class App {}\n"
            + "@AgentTool(toolType = ToolType.TAKE_ACTION, description = \"Sends a notification.\")\n"
            + WORKFLOW_ACTION.formatted("workflow_action_tool")
            + WORKFLOW_INPUT;
    ObjectNode template =
        (ObjectNode)
            JSON.readTree(
                Files.readString(
                    TEMPLATES.resolve(
                        "2026.03/components/workflow-actions-tool/src/app/workflow-actions/workflow-actions-tool-hsmeta.json")));
    ObjectNode agents = (ObjectNode) template.get("config").get("supportedClients").get(1);
    agents.put("toolType", "TAKE_ACTION");
    agents.putObject("llmConfig").put("actionDescription", "Sends a notification.");
    assertMatches(
        List.of(source), "src/app/workflow-actions/my-custom-action-hsmeta.json", template);
  }

  @Test
  void appEventMatchesTheAppEventTemplate() throws IOException {
    String source =
        OAUTH_MARKETPLACE_APP
            + "class App {}\n"
            + """
        @AppEvent(uid = "app_event", name = "Webinar Registration", objectType = AppEventObjectType.CONTACT,
            headerTemplate = "Registered for [{{webinarName}}](https://mywebinarsystem/webinar/{{webinarId}})",
            detailTemplate = "Registration occurred at {{#formatDate timestamp}}{{/formatDate}}")
        record Sample(
            @EventProperty(label = "Webinar Name") String webinarName,
            @EventProperty(label = "Webinar Id") String webinarId,
            @EventProperty(label = "Webinar Type") WebinarType webinarType) {
          enum WebinarType {
            @Option(value = "regular", label = "Regular") REGULAR,
            @Option(value = "ama", label = "Ask me anything") AMA
          }
        }
        """;
    assertMatches(
        List.of(source),
        "src/app/app-events/app-event-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/app-events/src/app/app-events/app-event-hsmeta.json"));
  }

  /**
   * The template writes one option's default {@code "hidden": false}; the processor writes flags
   * only when set.
   */
  @Test
  void appObjectMatchesTheAppObjectTemplateButForOneDefaultFlag() throws IOException {
    String source =
        OAUTH_MARKETPLACE_APP
            + "class App {}\n"
            + """
        @AppObject(uid = "car_app_object", name = "CAR",
            description = "An automobile object for tracking vehicle inventory and specifications",
            singularForm = "Car", pluralForm = "Cars", appPrefix = "CarApp", primaryDisplayLabelProperty = "model",
            secondaryDisplayLabelProperties = {"make", "year"},
            propertyGroups = {
                @PropertyGroup(name = "pricing_info", label = "Pricing Information"),
                @PropertyGroup(name = "vehicle_status", label = "Vehicle Status"),
                @PropertyGroup(name = "specifications", label = "Specifications"),
                @PropertyGroup(name = "maintenance_history", label = "Maintenance History"),
                @PropertyGroup(name = "purchase_info", label = "Purchase Information"),
                @PropertyGroup(name = "marketing_materials", label = "Marketing Materials"),
                @PropertyGroup(name = "contact_info", label = "Contact Information"),
                @PropertyGroup(name = "warranty_info", label = "Warranty Information")},
            defaultCreateFormFields = {
                @CreateFormField(property = "model", required = true, removable = false),
                @CreateFormField(property = "make", required = true, removable = false),
                @CreateFormField(property = "year", required = true, removable = false),
                @CreateFormField(property = "is_certified"),
                @CreateFormField(property = "condition")},
            hasRecordPage = true, allowsUserCreatedRecords = true, hasEngagements = false)
        record Sample(
            @ObjectProperty(label = "Model") String model,
            @ObjectProperty(label = "Make", description = "The manufacturer of this car") Make make,
            @ObjectProperty(label = "Year") int year,
            @ObjectProperty(label = "MSRP", groupName = "pricing_info") java.math.BigDecimal msrp,
            @ObjectProperty(label = "VIN", description = "Vehicle Identification Number", hasUniqueValue = true,
                readOnlyValue = true, formField = true) String vin,
            @ObjectProperty(name = "is_certified", label = "Certified Pre-Owned", groupName = "vehicle_status")
                boolean certified,
            @ObjectProperty(label = "Condition", fieldType = "radio", groupName = "vehicle_status") Condition condition,
            @ObjectProperty(label = "Features", groupName = "specifications") java.util.Set<Feature> features,
            @ObjectProperty(name = "last_service_date", label = "Last Service Date", groupName = "maintenance_history")
                java.time.LocalDate lastServiceDate,
            @ObjectProperty(name = "purchase_datetime", label = "Purchase Date & Time", readOnlyValue = true,
                groupName = "purchase_info") java.time.Instant purchased,
            @ObjectProperty(name = "marketing_image", label = "Marketing Image", fieldType = "file",
                groupName = "marketing_materials") String marketingImage,
            @ObjectProperty(name = "owner_contact", label = "Owner Contact", fieldType = "phonenumber",
                groupName = "contact_info") String ownerContact,
            @ObjectProperty(name = "vehicle_description", label = "Vehicle Description", fieldType = "textarea",
                groupName = "specifications") String vehicleDescription,
            @ObjectProperty(name = "calculated_value", label = "Calculated Market Value",
                description = "Auto-calculated market value based on depreciation", fieldType = "calculation_equation",
                calculationFormula = "SUBTRACT(msrp, MULTIPLY(msrp, 0.15))", readOnlyValue = true,
                groupName = "pricing_info") double calculatedValue,
            @ObjectProperty(name = "warranty_details", label = "Warranty Details", fieldType = "html", hidden = true,
                groupName = "warranty_info") String warrantyDetails) {
          enum Make {
            @Option(label = "Ford", value = "ford", description = "American multinational automaker", displayOrder = 0)
            FORD,
            @Option(label = "Toyota", value = "toyota", displayOrder = 1) TOYOTA,
            @Option(label = "BMW", value = "bmw", description = "German luxury manufacturer", displayOrder = 2) BMW
          }
          enum Condition {
            @Option(label = "Excellent", value = "excellent") EXCELLENT,
            @Option(label = "Good", value = "good", displayOrder = 1) GOOD,
            @Option(label = "Fair", value = "fair", displayOrder = 2) FAIR
          }
          enum Feature {
            @Option(label = "Air Conditioning", value = "ac") AC,
            @Option(label = "Leather Seats", value = "leather_seats") LEATHER_SEATS
          }
        }
        """;
    ObjectNode template =
        (ObjectNode)
            JSON.readTree(
                Files.readString(
                    TEMPLATES.resolve(
                        "2026.03/components/app-objects/src/app/app-objects/app-object-hsmeta.json")));
    ((ObjectNode) template.at("/config/properties/1/options/0")).remove("hidden");
    assertMatches(List.of(source), "src/app/app-objects/car-app-object-hsmeta.json", template);
  }

  @Test
  void appObjectAssociationMatchesTheAssociationTemplate() throws IOException {
    String source =
        OAUTH_MARKETPLACE_APP
            + "class App {}\n"
            + """
        @AppObject(uid = "app_object", name = "CAR", description = "Cars.", singularForm = "Car", pluralForm = "Cars",
            primaryDisplayLabelProperty = "model")
        record Car(String model) {}
        @AppObjectAssociation(uid = "app_object_to_contact_association", firstObject = Car.class,
            secondObjectType = "CONTACT")
        class Sample {}
        """;
    assertMatches(
        List.of(source),
        "src/app/app-object-associations/app-object-to-contact-association-hsmeta.json",
        TEMPLATES.resolve(
            "2026.03/components/app-object-associations/src/app/app-object-associations/app-object-association-hsmeta.json"));
  }

  private static void assertMatches(List<String> classes, String generated, Path template)
      throws IOException {
    assertMatches(classes, generated, JSON.readTree(Files.readString(template)));
  }

  /**
   * Compiles {@code classes} (annotations and type declarations) and compares a generated file with
   * the template.
   */
  private static void assertMatches(List<String> classes, String generated, JsonNode template)
      throws IOException {
    Compilation compilation =
        HubSpotCompiler.compile(
            HubSpotCompiler.NO_FRONTEND_FUNCTIONS,
            JavaFileObjects.forSourceString(
                "test.Sample",
                "package test;\nimport io.github.hubspotapt.*;\n" + String.join("\n", classes)));
    assertThat(compilation).succeededWithoutWarnings();
    String actual =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/" + generated)
            .orElseThrow(() -> new AssertionError("not generated: " + generated))
            .getCharContent(true)
            .toString();
    assertEquals(JSON.writeValueAsString(template), JSON.writeValueAsString(JSON.readTree(actual)));
  }

  /**
   * Compiles {@code annotations} on one class and compares the generated file with the template,
   * key order included.
   */
  private static void assertMatches(String annotations, String generated, Path template)
      throws IOException {
    Compilation compilation =
        HubSpotCompiler.compile(
            HubSpotCompiler.NO_FRONTEND_FUNCTIONS,
            JavaFileObjects.forSourceString(
                "test.Sample",
                "package test;\nimport io.github.hubspotapt.*;\n"
                    + annotations
                    + "class Sample {}\n"));
    assertThat(compilation).succeededWithoutWarnings();
    String actual =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, "hubspot-project/" + generated)
            .orElseThrow(() -> new AssertionError("not generated: " + generated))
            .getCharContent(true)
            .toString();
    // Re-serializing both parsed trees keeps key order, so this compares keys, order and values,
    // not whitespace.
    assertEquals(
        JSON.writeValueAsString(JSON.readTree(Files.readString(template))),
        JSON.writeValueAsString(JSON.readTree(actual)),
        template.toString());
  }
}
