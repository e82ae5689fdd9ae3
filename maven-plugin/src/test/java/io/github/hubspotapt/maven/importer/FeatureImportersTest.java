package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers of the features that are one annotation on a class: card, settings, page, function,
 * ...
 */
class FeatureImportersTest {

  @TempDir Path dir;

  @Test
  void cardWithPreviewImage() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "cards",
                "deal_card",
                "card",
                """
        {"name": "Deal card", "location": "crm.record.tab", "entrypoint": "/app/cards/Deal.tsx",
         "objectTypes": ["CONTACT"],
         "previewImage": {"file": "./preview.png", "altText": "A preview"}}""");
    String source = project.source("DealCard");
    assertTrue(
        source.contains(
            """
        @Card(
            uid = "deal_card",
            fileName = "deal_card-hsmeta.json",
            name = "Deal card",
            location = CardLocation.CRM_RECORD_TAB,
            entrypoint = "/app/cards/Deal.tsx",
            objectTypes = "CONTACT",
            previewImage = @PreviewImage(file = "./preview.png", altText = "A preview")
        )
        public final class DealCard {"""),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * JSON allows U+2028 and U+2029 inside a string, and Java inside a literal; JavaPoet would break
   * the literal there, leaving it unclosed. Found by importing generated projects.
   */
  @Test
  void lineAndParagraphSeparatorsStayInsideTheirStrings() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "cards",
                "deal_card",
                "card",
                """
        {"name": "Deal\u2028card\u2029", "location": "crm.record.tab",
         "entrypoint": "/app/cards/Deal.tsx", "objectTypes": ["CONTACT"]}""");
    assertTrue(
        project.source("DealCard").contains("name = \"Deal\\u2028card\\u2029\","),
        project.source("DealCard"));
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * HubSpot's parser takes any file name prefix; javac's Filer writes no space, so such a name is
   * listed and the processor names the file itself. Found by importing generated projects.
   */
  @Test
  void aFileNameTheFilerCannotWriteIsListedAndLeftToTheProcessor() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file(
                "src/app/cards/Deal card-hsmeta.json",
                """
                {"uid": "deal_card", "type": "card", "config": {"name": "Deal card",
                 "location": "crm.record.tab", "entrypoint": "/app/cards/Deal.tsx",
                 "objectTypes": ["CONTACT"]}}""");
    assertEquals(List.of("src/app/cards/Deal card-hsmeta.json "), project.findings());
    ImportResult result = project.read();
    String source = TestProject.source(result, "DealCard");
    assertTrue(
        source.contains("@Card(\n    uid = \"deal_card\",\n    name = \"Deal card\""), source);
    Path work = dir.resolve("work");
    new ImportWriter(work.resolve("java"), work.resolve("hubspot")).write(result);
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(
            work.resolve("java"), null, work.resolve("project"), work.resolve("build"));
    assertTrue(compiled.success(), compiled.output());
  }

  @Test
  void settingsAndPage() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "settings",
                "acme_settings",
                "settings",
                "{\"entrypoint\": \"/app/settings/Settings.tsx\"}")
            .component("pages", "acme_pages", "page", "{\"entrypoint\": \"/app/pages/Pages.tsx\"}");
    assertTrue(
        project
            .source("AcmeSettings")
            .contains(
                "@Settings(\n    uid = \"acme_settings\",\n    fileName = \"acme_settings-hsmeta.json\",\n"
                    + "    entrypoint = \"/app/settings/Settings.tsx\"\n)"));
    assertTrue(project.source("AcmePagesPage").contains("@Page("));
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void aPageLocationIsWhatTheProcessorWritesOnlyOnAppHomeVersions() throws Exception {
    TestProject appHome =
        TestProject.of(dir.resolve("a"), "2025.2")
            .component(
                "pages",
                "home",
                "page",
                "{\"entrypoint\": \"/app/pages/Home.tsx\", \"location\": \"home\"}");
    assertEquals(List.of(), appHome.findings());
    appHome.assertRoundTrips(dir.resolve("work"));
    TestProject multiRoute =
        TestProject.of(dir.resolve("b"), "2026.03")
            .component(
                "pages",
                "home",
                "page",
                "{\"entrypoint\": \"/app/pages/Home.tsx\", \"location\": \"home\"}");
    assertEquals(List.of("src/app/pages/home-hsmeta.json /config/location"), multiRoute.findings());
  }

  @Test
  void appFunctionWithEndpoint() throws Exception {
    TestProject project =
        TestProject.ofPrivateApp(dir)
            .component(
                "functions",
                "sync",
                "app-function",
                """
            {"entrypoint": "/app/functions/Sync.js", "endpoint": {"path": "/api/sync", "methods": ["GET", "POST"]},
             "secretKeys": ["API_KEY"]}""");
    String source = project.source("SyncFunction");
    assertTrue(
        source.contains(
            "secretKeys = \"API_KEY\",\n    endpoint = @Endpoint(path = \"/api/sync\", methods ="
                + " {HttpMethod.GET, HttpMethod.POST})"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void telemetryAndScim() throws Exception {
    TestProject project =
        TestProject.ofPrivateApp(dir)
            .component(
                "telemetry",
                "telemetry",
                "telemetry",
                """
            {"providerType": "HONEYCOMB", "datasetName": "acme", "logTypes": ["WEBHOOKS"], "logLevels": ["ERROR"]}""")
            .component("scim", "scim", "scim", "{\"roleSyncEnabled\": true}");
    assertTrue(project.source("Telemetry").contains("providerType = TelemetryProvider.HONEYCOMB"));
    assertTrue(project.source("Scim").contains("roleSyncEnabled = true"));
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void crmBulkActionWritesOnlyANonDefaultDisplayMode() throws Exception {
    TestProject project =
        TestProject.of(dir, "2026.09-beta")
            .component(
                "actions",
                "bulk",
                "crm-bulk-action",
                """
        {"label": "Export", "entrypoint": "/app/actions/Export.tsx", "objectTypes": ["contacts"],
         "displayMode": "MODAL", "icon": "right"}""");
    String source = project.source("ExportAction");
    assertTrue(
        source.contains("displayMode = DisplayMode.MODAL,\n    icon = BulkActionIcon.RIGHT"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void webhooksBecomeHandlerMethods() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "webhooks",
                "webhooks",
                "webhooks",
                """
        {"settings": {"targetUrl": "https://acme.example/hooks", "maxConcurrentRequests": 5},
         "subscriptions": {
           "crmObjects": [{"subscriptionType": "object.creation", "objectType": "contact", "active": true}],
           "legacyCrmObjects": [{"subscriptionType": "contact.deletion", "active": false}],
           "hubEvents": [{"subscriptionType": "contact.privacyDeletion", "active": true}]}}""");
    String source = project.source("Webhooks");
    assertTrue(
        source.contains(
            """
        @WebhookSettings(
            fileName = "webhooks-hsmeta.json",
            targetUrl = "https://acme.example/hooks",
            maxConcurrentRequests = 5
        )"""),
        source);
    assertTrue(
        source.contains(
            "subscriptionType = WebhookSubscriptionType.CONTACT_DELETION,\n      active = false\n  )\n"
                + "  public void onContactDeletion() {"),
        source);
    assertTrue(
        source.contains("public void onContactCreation()")
            && source.contains("onContactPrivacyDeletion()"));
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void aComponentsPermissionsAndFileName() throws Exception {
    TestProject project =
        TestProject.of(dir, "2026.09-beta")
            .file(
                "src/app/cards/deals-hsmeta.json",
                """
        {"uid": "deal_card", "type": "card",
         "config": {"name": "Deal card", "location": "crm.record.tab", "entrypoint": "/app/cards/Deal.tsx",
           "objectTypes": ["CONTACT"]},
         "permissions": {"requiredScopes": ["crm.objects.deals.read"], "optionalScopes": [],
           "conditionallyRequiredScopes": ["crm.objects.companies.read", "crm.objects.contacts.write"]}}""");
    String source = project.source("DealCard");
    assertTrue(
        source.contains(
            "    uid = \"deal_card\",\n    fileName = \"deals-hsmeta.json\",\n    permissions ="
                + " @Permissions(requiredScopes = Scopes.CRM_OBJECTS_DEALS_READ, conditionallyRequiredScopes ="
                + " {Scopes.CRM_OBJECTS_COMPANIES_READ, Scopes.CRM_OBJECTS_CONTACTS_WRITE}),\n    name = \"Deal card\","),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void aParserOnlyTypeIsAnExperimentalFeatureWithItsConfigAsATextBlock() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "mcp-server",
                "acme_tools",
                "mcp-server",
                """
        {"name": "Acme \\"tools\\"", "path": "C:\\\\tools", "tools": [{"id": 1, "on": true}, null],
         "empty": {}, "none": [], "quotes": "\\"\\"\\""}""");
    String source = project.source("AcmeToolsMcpServer");
    assertTrue(
        source.contains(
            """
        @ExperimentalFeature(
            type = ExperimentalFeatureType.MCP_SERVER,
            uid = "acme_tools",
            fileName = "acme_tools-hsmeta.json",
            config = \"""
                {
                  "name": "Acme \\\\"tools\\\\"",
                  "path": "C:\\\\\\\\tools",
                  "tools": [
                    {
                      "id": 1,
                      "on": true
                    },
                    null
                  ],
                  "empty": {},
                  "none": [],
                  "quotes": "\\\\"\\\\"\\\\""
                }\"""
        )
        public final class AcmeToolsMcpServer {"""),
        source);
    project.assertRoundTrips(dir.resolve("work"), "HS-EXPERIMENTAL-TYPE");
  }

  @Test
  void associationNamesTheImportedAppObjectClass() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-objects",
                "car",
                "app-object",
                """
            {"name": "CAR", "description": "Cars.", "singularForm": "Car", "pluralForm": "Cars",
             "primaryDisplayLabelPropertyName": "model",
             "properties": [{"name": "model", "label": "Model", "type": "string", "fieldType": "text"}],
             "settings": {"hasRecordPage": true, "allowsUserCreatedRecords": true, "hasEngagements": false}}""")
            .component(
                "app-object-associations",
                "car_to_contact",
                "app-object-association",
                "{\"firstObjectType\": \"car\", \"secondObjectType\": \"CONTACT\"}");
    assertTrue(
        project
            .source("CarToContactAssociation")
            .contains("firstObject = CarObject.class,\n    secondObjectType = \"CONTACT\""));
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * Issue 27: a real project's association has labels inside config; its import stopped on
   * /config/labels. They come back in the order written.
   */
  @Test
  void associationLabelsAreImported() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-objects",
                "venue",
                "app-object",
                """
            {"name": "VENUE", "description": "Venues.", "singularForm": "Venue", "pluralForm": "Venues",
             "primaryDisplayLabelPropertyName": "title",
             "properties": [{"name": "title", "label": "Title", "type": "string", "fieldType": "text"}],
             "settings": {"hasRecordPage": true, "allowsUserCreatedRecords": true, "hasEngagements": false}}""")
            .component(
                "app-objects",
                "band",
                "app-object",
                """
            {"name": "BAND", "description": "Bands.", "singularForm": "Band", "pluralForm": "Bands",
             "primaryDisplayLabelPropertyName": "title",
             "properties": [{"name": "title", "label": "Title", "type": "string", "fieldType": "text"}],
             "settings": {"hasRecordPage": true, "allowsUserCreatedRecords": true, "hasEngagements": false}}""")
            .component(
                "app-object-associations",
                "venue_to_band",
                "app-object-association",
                """
            {"firstObjectType": "venue", "secondObjectType": "band",
             "labels": [{"name": "default", "firstObjectTypeLabel": "Venues", "secondObjectTypeLabel": "Bands"},
               {"name": "headliner", "secondObjectTypeLabel": "Headliners"}]}""");
    String source = project.source("VenueToBandAssociation");
    assertTrue(
        source.contains(
            "labels = {\n        @AssociationLabel(name = \"default\","
                + " firstObjectTypeLabel = \"Venues\", secondObjectTypeLabel = \"Bands\"),\n"
                + "        @AssociationLabel(name = \"headliner\", secondObjectTypeLabel = \"Headliners\")\n    }"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void aLabelWithoutANameIsAFinding() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-objects",
                "car",
                "app-object",
                """
            {"name": "CAR", "description": "Cars.", "singularForm": "Car", "pluralForm": "Cars",
             "primaryDisplayLabelPropertyName": "model",
             "properties": [{"name": "model", "label": "Model", "type": "string", "fieldType": "text"}],
             "settings": {"hasRecordPage": true, "allowsUserCreatedRecords": true, "hasEngagements": false}}""")
            .component(
                "app-object-associations",
                "car_to_contact",
                "app-object-association",
                "{\"firstObjectType\": \"car\", \"secondObjectType\": \"CONTACT\","
                    + " \"labels\": [{\"firstObjectTypeLabel\": \"Cars\"}]}");
    assertEquals(
        List.of("src/app/app-object-associations/car_to_contact-hsmeta.json /config/labels/0/name"),
        project.findings());
  }

  @Test
  void anAssociationToAnUnknownObjectIsAFindingAndNoClass() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-object-associations",
                "a",
                "app-object-association",
                "{\"firstObjectType\": \"boat\", \"secondObjectType\": \"CONTACT\"}");
    ImportResult result = project.read();
    assertEquals(
        List.of("src/app/app-object-associations/a-hsmeta.json /config/firstObjectType"),
        project.findings());
    assertEquals(
        List.of("AcmeApp"), result.sources().stream().map(s -> s.typeSpec().name()).toList());
  }
}
