package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.maven.parser.ParserVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value written out that its annotation member cannot tell from unset (an empty string, an empty
 * array or object, an explicit default the processor leaves out) would not come back: it is listed
 * with its file and JSON path, and the import stops, as for any field the annotations cannot
 * express. Left out silently, a project HubSpot rejects ({@code "supportPhone": ""}) would come
 * back "fixed".
 */
class ExplicitValuesTest {

  private static final Path EMPTY_SUPPORT =
      Path.of("src", "test", "resources", "importer", "projects", "empty-support");
  private static final ImportRun.ParserCheck ACCEPTS =
      dir ->
          new ParserVerdict(
              true, "2026.03", List.of("APPLICATION"), List.of(), List.of(), null, null);
  private static final String EMPTY_STRING =
      "the empty string: its annotation member takes \"\" for unset, so the"
          + " processor would leave the key out or write a value of its own";
  private static final String EMPTY_ARRAY =
      "the empty array: the processor writes it only with elements";
  private static final String EMPTY_OBJECT =
      "the empty object: the processor writes it only with members";

  @TempDir Path dir;

  private final List<String> log = new ArrayList<>();

  private ImportWriter writer() {
    return new ImportWriter(dir.resolve("out/java"), dir.resolve("out/hubspot"));
  }

  @Test
  void aSupportBlockOfEmptyStringsStopsTheImportWithEachValue() throws Exception {
    ImportException stopped =
        assertThrows(
            ImportException.class,
            () ->
                new ImportRun(
                        EMPTY_SUPPORT,
                        "empty-support",
                        "com.acme",
                        false,
                        ProfileTarget.ANNOTATIONS,
                        log::add)
                    .run(ACCEPTS, writer()));
    String app = "  src/app/app-hsmeta.json /config/support/";
    assertEquals(
        String.join(
            System.lineSeparator(),
            "4 field(s) of empty-support cannot be expressed in hubspot-apt's annotations; nothing was written:",
            app + "supportEmail: " + EMPTY_STRING,
            app + "documentationUrl: " + EMPTY_STRING,
            app + "supportUrl: " + EMPTY_STRING,
            app + "supportPhone: " + EMPTY_STRING,
            "Set hubspot.import.partial (--partial) to write the rest and list these."),
        stopped.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void anEmptySupportPhoneIsListedAndPartialWritesTheRest() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file(
                "src/app/app-hsmeta.json",
                TestProject.APP.replace(
                    "\"permittedUrls\"",
                    "\"support\": {\"supportEmail\": \"help@acme.example\", \"supportPhone\": \"\"},"
                        + " \"permittedUrls\""));
    List<ImportFinding> findings =
        new ImportRun(
                project.dir(),
                "hubspot-project",
                "com.acme",
                true,
                ProfileTarget.ANNOTATIONS,
                log::add)
            .run(ACCEPTS, writer());
    assertEquals(
        List.of(
            new ImportFinding(
                "src/app/app-hsmeta.json", "/config/support/supportPhone", EMPTY_STRING)),
        findings);
    assertTrue(
        log.contains(
            "Not imported, 1 field(s) the annotations cannot express:"
                + System.lineSeparator()
                + "  src/app/app-hsmeta.json /config/support/supportPhone: "
                + EMPTY_STRING),
        log.toString());
    String app = Files.readString(dir.resolve("out/java/com/acme/AcmeApp.java"));
    assertTrue(app.contains("support = @Support(supportEmail = \"help@acme.example\")"), app);
  }

  @Test
  void everyValueAnAnnotationCannotTellFromUnsetIsAFinding() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .file(
                "src/app/app-hsmeta.json",
                TestProject.APP.replace(
                    "\"name\": \"Acme\",",
                    "\"name\": \"Acme\", \"logo\": \"\", \"isUserLevel\": false, \"support\": {},"))
            .component(
                "cards",
                "deal_card",
                "card",
                """
            {"name": "Deal card", "description": "", "location": "crm.record.tab",
             "entrypoint": "/app/cards/Deal.tsx", "objectTypes": ["contacts"]}""")
            .file(
                "src/app/cards/scoped-hsmeta.json",
                """
            {"uid": "scoped", "type": "card", "permissions": {"requiredScopes": []}, "config": {"name": "Scoped",
             "location": "crm.record.tab", "entrypoint": "/app/cards/Deal.tsx", "objectTypes": ["contacts"]}}""")
            .component(
                "webhooks",
                "webhooks",
                "webhooks",
                """
            {"settings": {"targetUrl": "https://acme.example/hooks", "maxConcurrentRequests": 10},
             "subscriptions": {"crmObjects": [{"subscriptionType": "object.creation", "objectType": "",
               "propertyName": "", "active": true}]}}""")
            .component(
                "app-events",
                "signup",
                "app-event",
                """
            {"name": "Signup", "objectType": "CONTACT", "supportsCustomObject": false, "headerTemplate": "",
             "detailTemplate": "", "properties": [{"name": "plan", "label": "", "type": "string",
               "fieldType": "text"}]}""")
            .component(
                "app-objects",
                "car",
                "app-object",
                """
            {"name": "CAR", "description": "Cars.", "singularForm": "Car", "pluralForm": "Cars", "appPrefix": "",
             "primaryDisplayLabelPropertyName": "model", "secondaryDisplayLabelPropertyNames": [],
             "properties": [{"name": "model", "label": "", "description": "", "type": "string", "fieldType": "",
               "calculationFormula": "", "groupName": "", "hasUniqueValue": false, "readOnlyValue": false,
               "formField": false, "hidden": false},
               {"name": "color", "label": "Color", "type": "enumeration", "fieldType": "select", "options": [
                 {"label": "", "value": "", "description": "", "displayOrder": -1, "hidden": false}]}],
             "propertyGroups": [], "defaultCreateFormFields": [],
             "settings": {"hasRecordPage": true, "allowsUserCreatedRecords": true, "hasEngagements": false}}""")
            .component(
                "workflow-actions",
                "notify",
                "workflow-action",
                """
            {"actionUrl": "https://acme.example/action", "isPublished": false,
             "supportedClients": [{"client": "WORKFLOWS"}],
             "inputFields": [{"typeDefinition": {"name": "owner", "type": "enumeration", "fieldType": "",
               "optionsUrl": ""}, "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false}],
             "outputFields": [{"typeDefinition": {"name": "id", "type": "string", "fieldType": "",
               "externalOptions": false}}],
             "inputFieldDependencies": [{"dependencyType": "CONDITIONAL_SINGLE_FIELD",
               "controllingFieldName": "owner", "controllingFieldValue": "", "dependentFieldNames": ["owner"]}],
             "labels": {"en": {"actionName": "Notify", "actionDescription": "", "actionCardContent": "",
               "appDisplayName": ""}, "de": {"actionName": "Benachrichtigen", "inputFieldLabels": {}}},
             "objectTypes": [], "objectRequestOptions": {"properties": []}, "executionRules": []}""")
            .component(
                "workflow-actions",
                "ping",
                "workflow-action",
                """
            {"actionUrl": "https://acme.example/ping", "isPublished": false,
             "supportedClients": [{"client": "WORKFLOWS"}], "inputFields": [], "outputFields": [],
             "inputFieldDependencies": [], "labels": {"en": {"actionName": "Ping"}}, "objectTypes": [],
             "objectRequestOptions": {}}""");
    String app = "src/app/app-hsmeta.json ";
    String card = "src/app/cards/deal_card-hsmeta.json ";
    String hooks = "src/app/webhooks/webhooks-hsmeta.json /config/subscriptions/crmObjects/0/";
    String event = "src/app/app-events/signup-hsmeta.json /config/";
    String car = "src/app/app-objects/car-hsmeta.json /config/";
    String notify = "src/app/workflow-actions/notify-hsmeta.json /config/";
    String ping = "src/app/workflow-actions/ping-hsmeta.json /config/";
    assertEquals(
        List.of(
            app + "/config/logo: " + EMPTY_STRING,
            app + "/config/support: " + EMPTY_OBJECT,
            card + "/config/description: " + EMPTY_STRING,
            "src/app/cards/scoped-hsmeta.json /permissions: no scope in any of its lists: the processor writes"
                + " permissions only with a scope",
            hooks + "objectType: " + EMPTY_STRING,
            hooks + "propertyName: " + EMPTY_STRING,
            notify + "executionRules: " + EMPTY_ARRAY,
            notify + "labels/en/actionDescription: " + EMPTY_STRING,
            notify + "labels/en/actionCardContent: " + EMPTY_STRING,
            notify + "labels/en/appDisplayName: " + EMPTY_STRING,
            notify + "labels/de/inputFieldLabels: " + EMPTY_OBJECT,
            notify + "inputFields/0/typeDefinition/fieldType: " + EMPTY_STRING,
            notify + "inputFields/0/typeDefinition/optionsUrl: " + EMPTY_STRING,
            notify + "outputFields/0/typeDefinition/fieldType: " + EMPTY_STRING,
            notify + "objectRequestOptions/properties: " + EMPTY_ARRAY,
            notify + "inputFieldDependencies/0/controllingFieldValue: " + EMPTY_STRING,
            ping + "outputFields: " + EMPTY_ARRAY,
            ping + "objectRequestOptions: " + EMPTY_OBJECT,
            ping + "inputFieldDependencies: " + EMPTY_ARRAY,
            event + "headerTemplate: " + EMPTY_STRING,
            event + "detailTemplate: " + EMPTY_STRING,
            event + "properties/0/label: " + EMPTY_STRING,
            event
                + "properties/0/fieldType: @EventProperty has no field control: the processor writes no fieldType for"
                + " an app event's property",
            car + "appPrefix: " + EMPTY_STRING,
            car + "secondaryDisplayLabelPropertyNames: " + EMPTY_ARRAY,
            car + "propertyGroups: " + EMPTY_ARRAY,
            car + "defaultCreateFormFields: " + EMPTY_ARRAY,
            car + "properties/0/label: " + EMPTY_STRING,
            car + "properties/0/description: " + EMPTY_STRING,
            car + "properties/0/calculationFormula: " + EMPTY_STRING,
            car + "properties/0/groupName: " + EMPTY_STRING,
            car + "properties/0/fieldType: " + EMPTY_STRING,
            car + "properties/1/options/0/value: " + EMPTY_STRING,
            car + "properties/1/options/0/label: " + EMPTY_STRING,
            car + "properties/1/options/0/description: " + EMPTY_STRING,
            car
                + "properties/1/options/0/displayOrder: a negative display order, which @Option(displayOrder) takes"
                + " for unset: the processor leaves the key out"),
        project.read().findings().stream().map(ImportFinding::toString).toList());
  }

  @Test
  void aStaticAppsRedirectUrlsAndTelemetrysEmptyValuesAreFindings() throws Exception {
    TestProject project =
        TestProject.ofPrivateApp(dir)
            .file(
                "src/app/app-hsmeta.json",
                TestProject.APP
                    .replace("marketplace", "private")
                    .replace("\"type\": \"oauth\"", "\"type\": \"static\"")
                    .replace(
                        "\"redirectUrls\": [\"https://acme.example/oauth\"]",
                        "\"redirectUrls\": []"))
            .component(
                "telemetry",
                "telemetry",
                "telemetry",
                "{\"providerType\": \"HONEYCOMB\", \"datasetName\": \"\", \"logTypes\": [], \"logLevels\": []}")
            .component(
                "actions",
                "bulk",
                "crm-bulk-action",
                """
            {"label": "Bulk", "entrypoint": "/app/actions/Bulk.tsx", "objectTypes": ["CONTACT"],
             "displayMode": "PANEL", "icon": ""}""");
    assertEquals(
        List.of(
            "src/app/app-hsmeta.json /config/auth/redirectUrls: a static-auth app has no install redirect, and the"
                + " processor writes redirectUrls for OAuth apps only",
            "src/app/telemetry/telemetry-hsmeta.json /config/datasetName: " + EMPTY_STRING,
            "src/app/telemetry/telemetry-hsmeta.json /config/logTypes: " + EMPTY_ARRAY,
            "src/app/telemetry/telemetry-hsmeta.json /config/logLevels: " + EMPTY_ARRAY,
            "src/app/actions/bulk-hsmeta.json /config/icon: " + EMPTY_STRING),
        project.read().findings().stream().map(ImportFinding::toString).toList());
  }

  @Test
  void anEmptyEnglishFieldLabelStaysInTheLabelsAndComesBack() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "workflow-actions",
                "notify",
                "workflow-action",
                """
        {"actionUrl": "https://acme.example/action", "isPublished": false,
         "supportedClients": [{"client": "WORKFLOWS"}],
         "inputFields": [{"typeDefinition": {"name": "message", "type": "string", "fieldType": "text"},
           "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false}],
         "labels": {"en": {"actionName": "Notify", "inputFieldLabels": {"message": ""}}},
         "objectTypes": []}""");
    String source = project.source("NotifyAction");
    assertTrue(
        source.contains("inputFieldLabels = @FieldText(name = \"message\", text = \"\")"), source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void explicitValuesTheProcessorWritesBackAreImported() throws Exception {
    // Written back as they are: the processor writes these keys whatever their value.
    TestProject project =
        TestProject.of(dir)
            .component(
                "webhooks",
                "webhooks",
                "webhooks",
                """
            {"settings": {"targetUrl": "https://acme.example/hooks", "maxConcurrentRequests": 10},
             "subscriptions": {"crmObjects": [{"subscriptionType": "object.creation", "objectType": "contact",
               "active": true}], "legacyCrmObjects": [], "hubEvents": []}}""")
            .component(
                "app-objects",
                "car",
                "app-object",
                """
            {"name": "CAR", "description": "Cars.", "singularForm": "Car", "pluralForm": "Cars",
             "primaryDisplayLabelPropertyName": "model",
             "properties": [{"name": "model", "label": "model", "type": "string", "fieldType": "text"}],
             "settings": {"hasRecordPage": true, "allowsUserCreatedRecords": true, "hasEngagements": false}}""");
    assertEquals(List.of(), project.findings());
    project.assertRoundTrips(dir.resolve("work"));
  }
}
