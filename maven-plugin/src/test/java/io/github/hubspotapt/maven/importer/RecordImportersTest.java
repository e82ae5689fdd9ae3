package io.github.hubspotapt.maven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers whose components are records of fields: workflow actions, app events, app objects.
 */
class RecordImportersTest {

  private static final String ACTION =
      """
      {"actionUrl": "https://acme.example/action", "isPublished": true,
       "supportedClients": [{"client": "WORKFLOWS"},
         {"client": "AGENTS", "toolType": "TAKE_ACTION", "llmConfig": {"actionDescription": "Sends it."}}],
       "inputFields": [
         {"typeDefinition": {"name": "message", "type": "string", "fieldType": "textarea"},
          "supportedValueTypes": ["STATIC_VALUE", "OBJECT_PROPERTY"], "isRequired": true},
         {"typeDefinition": {"name": "priority", "type": "enumeration", "fieldType": "select", "options": [
            {"value": "high", "label": "High Priority"}, {"value": "LOW", "label": "Low", "displayOrder": 1}]},
          "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false},
         {"typeDefinition": {"name": "tags", "type": "enumeration", "fieldType": "checkbox", "options": [
            {"value": "A", "label": "A"}]},
          "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false},
         {"typeDefinition": {"name": "owner", "type": "enumeration", "fieldType": "select",
            "optionsUrl": "https://acme.example/owners"},
          "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false},
         {"typeDefinition": {"name": "widgetOwner", "type": "enumeration", "fieldType": "select",
            "referencedObjectType": "OWNER"},
          "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false},
         {"typeDefinition": {"name": "due-date", "type": "date", "fieldType": "date"},
          "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false}],
       "outputFields": [{"typeDefinition": {"name": "id", "type": "string"}}],
       "inputFieldDependencies": [{"dependencyType": "CONDITIONAL_SINGLE_FIELD", "controllingFieldName": "priority",
         "controllingFieldValue": "high", "dependentFieldNames": ["owner"]}],
       "labels": {
         "en": {"actionName": "Notify", "actionDescription": "Sends a notification",
           "inputFieldLabels": {"message": "Message", "priority": "Priority"},
           "inputFieldDescriptions": {"message": "What to send"},
           "outputFieldLabels": {"id": "Notification id"}},
         "de": {"actionName": "Benachrichtigen", "inputFieldLabels": {"message": "Nachricht"}}},
       "objectTypes": ["CONTACT"],
       "objectRequestOptions": {"properties": ["email"]},
       "executionRules": [{"labelName": "tooLong", "conditions": {"message": {"$gt": 10}}}]}""";

  /** The start of an app object's config, before its properties. */
  private static final String CAR =
      """
      {"name": "CAR", "description": "Cars.", "singularForm": "Car", "pluralForm": "Cars",
       "primaryDisplayLabelPropertyName": "model",""";

  @TempDir Path dir;

  @Test
  void workflowActionIsARecordOfInputFields() throws Exception {
    TestProject project =
        TestProject.of(dir).component("workflow-actions", "notify", "workflow-action", ACTION);
    String source = project.source("NotifyAction");
    assertTrue(
        source.contains(
            "@AgentTool(\n    toolType = ToolType.TAKE_ACTION,\n    description = \"Sends it.\"\n)"),
        source);
    assertTrue(
        source.contains(
            "@InputField(label = \"Message\", description = \"What to send\", fieldType ="
                + " \"textarea\", supportedValueTypes = {ValueType.STATIC_VALUE, ValueType.OBJECT_PROPERTY}, required ="
                + " true) String message"),
        source);
    assertTrue(
        source.contains("@InputField(label = \"Priority\") NotifyAction.Priority priority"),
        source);
    assertTrue(source.contains("@InputField Set<NotifyAction.Tags> tags"), source);
    assertTrue(
        source.contains("@InputField(optionsUrl = \"https://acme.example/owners\") String owner"),
        source);
    assertTrue(source.contains("@InputField(owner = true) String widgetOwner"), source);
    assertTrue(source.contains("@InputField(name = \"due-date\") LocalDate dueDate"), source);
    assertTrue(
        source.contains(
            "@Option(\n        value = \"high\",\n        label = \"High Priority\"\n    )\n    HIGH"),
        source);
    // "Low" is what the processor makes of LOW by itself: no label
    assertTrue(source.contains("@Option(\n        displayOrder = 1\n    )\n    LOW"), source);
    assertTrue(source.contains("@FieldText(name = \"message\", text = \"Nachricht\")"), source);
    assertTrue(source.contains("conditions = \"{\\\"message\\\":{\\\"$gt\\\":10}}\""), source);
    assertTrue(
        source.contains(
            "public record Output(@OutputField(label = \"Notification id\") String id)"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * Two HubSpot names that give one Java name ({@code due-date} beside {@code due_date}) become two
   * components, the second numbered, each keeping its name. Found by importing generated projects.
   */
  @Test
  void fieldsWhoseNamesGiveOneJavaNameAreNumbered() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "workflow-actions",
                "notify",
                "workflow-action",
                ACTION
                    .replace(
                        "\"outputFields\": [",
                        "\"outputFields\": [{\"typeDefinition\": {\"name\": \"ID\", \"type\": \"string\"}}, ")
                    .replace(
                        "\"inputFields\": [",
                        "\"inputFields\": [{\"typeDefinition\": {\"name\": \"due_date\", \"type\":"
                            + " \"string\", \"fieldType\": \"text\"}, \"supportedValueTypes\": [\"STATIC_VALUE\"], \"isRequired\":"
                            + " false}, "));
    String source = project.source("NotifyAction");
    assertTrue(source.contains("@InputField(name = \"due_date\") String dueDate,"), source);
    assertTrue(source.contains("@InputField(name = \"due-date\") LocalDate dueDate2"), source);
    assertTrue(source.contains("@OutputField(name = \"ID\") String iD"), source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * A field that is not imported takes its labels, in every locale, and the dependencies that name
   * it along, each listed: left behind they would name a field the sources do not declare, and the
   * partial import would not compile. Found by importing generated projects.
   */
  @Test
  void theTextsAndDependenciesOfAFieldNotImportedAreListedWithIt() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "workflow-actions",
                "quote",
                "workflow-action",
                """
                {"actionUrl": "https://acme.example/quote", "supportedClients": [{"client": "WORKFLOWS"}],
                 "inputFields": [
                   {"typeDefinition": {"name": "note", "type": "string", "fieldType": "text"},
                    "supportedValueTypes": ["STATIC_VALUE"], "isRequired": false},
                   {"typeDefinition": {"name": "loc", "type": "object_coordinates"},
                    "supportedValueTypes": ["STATIC_VALUE"], "isRequired": true}],
                 "outputFields": [{"typeDefinition": {"name": "price", "type": "currency_number"}}],
                 "inputFieldDependencies": [{"dependencyType": "SINGLE_FIELD",
                   "controllingFieldName": "note", "dependentFieldNames": ["loc"]}],
                 "labels": {
                   "en": {"actionName": "Quote", "inputFieldLabels": {"loc": "Location", "note": "Note"},
                          "outputFieldLabels": {"price": "Price"}},
                   "de": {"actionName": "Angebot", "inputFieldLabels": {"loc": "Ort"},
                          "outputFieldLabels": {"price": "Preis"}}},
                 "objectTypes": ["CONTACT"]}""");

    String file = "src/app/workflow-actions/quote-hsmeta.json ";
    assertEquals(
        List.of(
            file + "/config/labels/en/inputFieldLabels/loc",
            file + "/config/labels/en/outputFieldLabels/price",
            file + "/config/labels/de/inputFieldLabels/loc",
            file + "/config/labels/de/outputFieldLabels/price",
            file + "/config/inputFields/1/supportedValueTypes",
            file + "/config/inputFields/1/isRequired",
            file + "/config/inputFields/1/typeDefinition/type",
            file + "/config/outputFields/0/typeDefinition/type",
            file + "/config/inputFieldDependencies/0/controllingFieldName",
            file + "/config/inputFieldDependencies/0/dependencyType"),
        project.findings());
    ImportResult result = project.read();
    Path work = dir.resolve("work");
    new ImportWriter(work.resolve("java"), work.resolve("hubspot")).write(result);
    ProcessorCompiler.Result compiled =
        ProcessorCompiler.compile(
            work.resolve("java"), null, work.resolve("project"), work.resolve("build"));
    assertTrue(compiled.success(), compiled.output());
  }

  @Test
  void outputFieldsKeepTheirControlAndExternalOptions() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "workflow-actions",
                "notify",
                "workflow-action",
                ACTION.replace(
                    "{\"name\": \"id\", \"type\": \"string\"}",
                    "{\"name\": \"id\", \"type\": \"string\", \"fieldType\": \"text\"}},"
                        + " {\"typeDefinition\": {\"name\": \"owner\", \"type\": \"enumeration\", \"fieldType\": \"select\","
                        + " \"options\": [{\"value\": \"1\", \"label\": \"Ann\"}], \"externalOptions\": true}"));
    String source = project.source("NotifyAction");
    assertTrue(
        source.contains(
            "@OutputField(label = \"Notification id\", fieldType = \"text\") String id"),
        source);
    assertTrue(
        source.contains(
            "@OutputField(fieldType = \"select\", externalOptions = true) Output.Owner owner"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * Issue 27: a real project's agent tools write "externalOptions": false, which comes back as
   * written.
   */
  @Test
  void anExplicitExternalOptionsFalseIsImportedAndWrittenBack() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "workflow-actions",
                "notify",
                "workflow-action",
                ACTION.replace(
                    "{\"name\": \"id\", \"type\": \"string\"}",
                    "{\"name\": \"id\", \"type\": \"string\", \"externalOptions\": false}"));
    String source = project.source("NotifyAction");
    assertTrue(
        source.contains(
            "@OutputField(label = \"Notification id\", externalOptions = false) String id"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void anAgentsClientWithoutToolTypeIsAFinding() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "workflow-actions",
                "notify",
                "workflow-action",
                ACTION
                    .replace(
                        "\"toolType\": \"TAKE_ACTION\", \"llmConfig\": {\"actionDescription\": \"Sends it.\"}",
                        "")
                    .replace("{\"client\": \"AGENTS\", }", "{\"client\": \"AGENTS\"}"));
    assertEquals(
        List.of("src/app/workflow-actions/notify-hsmeta.json /config/supportedClients/1/client"),
        project.findings());
  }

  @Test
  void appEventIsARecordOfProperties() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-events",
                "signup",
                "app-event",
                """
        {"name": "Signup", "objectType": "CONTACT", "headerTemplate": "Signed up for {{plan}}",
         "properties": [{"name": "plan", "label": "Plan", "type": "enumeration",
           "options": [{"value": "pro", "label": "Pro"}]},
           {"name": "seats", "label": "seats", "type": "number"}]}""");
    String source = project.source("SignupEvent");
    assertTrue(source.contains("objectType = AppEventObjectType.CONTACT"), source);
    assertTrue(source.contains("@EventProperty(label = \"Plan\") SignupEvent.Plan plan"), source);
    assertTrue(source.contains("@EventProperty BigDecimal seats"), source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  /**
   * Issue 27: a real project's app-event properties have a description, which comes back in its
   * place.
   */
  @Test
  void appEventPropertyDescriptionIsImported() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-events",
                "signup",
                "app-event",
                """
        {"name": "Signup", "objectType": "CONTACT",
         "properties": [{"name": "plan", "label": "Plan", "description": "The plan chosen at signup",
           "type": "string"}]}""");
    String source = project.source("SignupEvent");
    assertTrue(
        source.contains(
            "@EventProperty(label = \"Plan\", description = \"The plan chosen at signup\")"
                + " String plan"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void appObjectIsARecordOfProperties() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-objects",
                "car",
                "app-object",
                CAR
                    + """
         "properties": [
           {"name": "model", "label": "Model", "type": "string", "fieldType": "text", "hasUniqueValue": true},
           {"name": "is_new", "label": "New", "type": "bool", "fieldType": "booleancheckbox", "groupName": "info",
            "options": [{"label": "Yes", "value": "true"}, {"label": "No", "value": "false"}]},
           {"name": "color", "label": "Color", "type": "enumeration", "fieldType": "radio",
            "options": [{"label": "Red", "value": "red", "hidden": true}]}],
         "propertyGroups": [{"name": "info", "label": "Info"}],
         "defaultCreateFormFields": [{"propertyName": "model", "isRequired": true, "isRemovable": false}],
         "settings": {"hasRecordPage": false, "allowsUserCreatedRecords": true, "hasEngagements": true}}""");
    String source = project.source("CarObject");
    assertTrue(
        source.contains(
            "@ObjectProperty(name = \"is_new\", label = \"New\", groupName = \"info\") boolean isNew"),
        source);
    assertTrue(
        source.contains(
            "@ObjectProperty(label = \"Color\", fieldType = \"radio\") CarObject.Color color"),
        source);
    assertTrue(
        source.contains(
            "@CreateFormField(property = \"model\", required = true, removable = false)"),
        source);
    project.assertRoundTrips(dir.resolve("work"));
  }

  @Test
  void boolOptionsOtherThanYesAndNoAreAFinding() throws Exception {
    TestProject project =
        TestProject.of(dir)
            .component(
                "app-objects",
                "car",
                "app-object",
                CAR
                    + """
         "properties": [{"name": "is_new", "label": "New", "type": "bool", "fieldType": "booleancheckbox",
            "options": [{"label": "Ja", "value": "true"}, {"label": "Nein", "value": "false"}]}]}""");
    assertEquals(
        List.of("src/app/app-objects/car-hsmeta.json /config/properties/0/options"),
        project.findings());
  }

  /** The workflow action "assign", whose config goes on with {@code rest} after its client. */
  private TestProject assignAction(String rest) throws Exception {
    return TestProject.of(dir)
        .component(
            "workflow-actions",
            "assign",
            "workflow-action",
            "{\"actionUrl\": \"https://acme.example/action\","
                + " \"supportedClients\": [{\"client\": \"WORKFLOWS\"}],\n"
                + rest);
  }

  /** HubSpot documents only OWNER as an input field's referencedObjectType (SPEC 11.2). */
  @Test
  void aReferencedObjectTypeOtherThanOwnerIsAFinding() throws Exception {
    TestProject project =
        assignAction(
            """
       "inputFields": [{"typeDefinition": {"name": "deal", "type": "enumeration",
         "referencedObjectType": "DEAL"}, "isRequired": false}],
       "labels": {"en": {"actionName": "Assign"}}}""");
    assertEquals(
        List.of(
            "src/app/workflow-actions/assign-hsmeta.json"
                + " /config/inputFields/0/typeDefinition/referencedObjectType"),
        project.findings());
  }

  /**
   * A dependency in another shape (dependentFieldName, targetFieldNames, as some public projects
   * write) is listed as not imported, not written as a half-empty @FieldDependency that fails to
   * compile or writes no dependent field.
   */
  @Test
  void aDependencyInAnotherShapeIsAFindingAndNotWritten() throws Exception {
    TestProject project =
        assignAction(
            """
       "inputFields": [{"typeDefinition": {"name": "mode", "type": "string"}, "isRequired": false},
         {"typeDefinition": {"name": "note", "type": "string"}, "isRequired": false}],
       "inputFieldDependencies": [{"dependencyType": "SINGLE_FIELD", "controllingFieldName": "mode",
         "targetFieldNames": ["note"]}],
       "labels": {"en": {"actionName": "Assign"}}}""");
    String dependency =
        "src/app/workflow-actions/assign-hsmeta.json /config/inputFieldDependencies/0";

    assertEquals(
        List.of(
            dependency + "/dependentFieldNames",
            dependency + "/dependencyType",
            dependency + "/controllingFieldName",
            dependency + "/targetFieldNames"),
        project.findings());
    assertFalse(TestProject.source(project.read(), "AssignAction").contains("@FieldDependency"));
  }
}
