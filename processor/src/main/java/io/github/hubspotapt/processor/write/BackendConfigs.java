package io.github.hubspotapt.processor.write;

import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.AppObjectAssociation;
import io.github.hubspotapt.processor.model.CreateFormField;
import io.github.hubspotapt.processor.model.ExecutionRule;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.NamedField;
import io.github.hubspotapt.processor.model.ObjectProperty;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.PropertyGroup;
import io.github.hubspotapt.processor.model.Text;
import io.github.hubspotapt.processor.model.WebhookSettings;
import io.github.hubspotapt.processor.model.WebhookSubscription;
import io.github.hubspotapt.processor.model.WorkflowAction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code config} of the back-end features (webhooks, workflow actions, app events, app objects and their
 * associations), keys in the order of HubSpot's templates for each type.
 */
final class BackendConfigs {

  private final HubSpotJson json;
  private final HubSpotProject project;

  BackendConfigs(HubSpotJson json, HubSpotProject project) {
    this.json = json;
    this.project = project;
  }

  /** The one webhooks file: its settings, and every subscription of the project in its group. */
  JsonObject webhooks(WebhookSettings webhooks) {
    JsonObject config = json.object();
    JsonObject settings = config.putObject("settings");
    settings.put("targetUrl", webhooks.targetUrl().value());
    settings.put("maxConcurrentRequests", webhooks.maxConcurrentRequests().value());
    JsonObject subscriptions = config.putObject("subscriptions");
    for (String group : List.of(WebhookSubscription.CRM_OBJECTS, WebhookSubscription.LEGACY_CRM_OBJECTS,
        WebhookSubscription.HUB_EVENTS)) {
      JsonArray array = subscriptions.putArray(group);
      project.webhookSubscriptions().stream().filter(s -> s.group().equals(group))
          .forEach(s -> array.add(subscription(s)));
    }
    return config;
  }

  private JsonObject subscription(WebhookSubscription subscription) {
    JsonObject node = json.object();
    node.put("subscriptionType", subscription.subscriptionType().value());
    putIfSet(node, "objectType", subscription.objectType());
    putIfSet(node, "propertyName", subscription.propertyName());
    node.put("active", !Boolean.FALSE.equals(subscription.active().value()));
    return node;
  }

  JsonObject workflowAction(WorkflowAction action) {
    JsonObject config = json.object();
    config.put("actionUrl", action.actionUrl().value());
    config.put("isPublished", action.published());
    JsonArray clients = config.putArray("supportedClients");
    if (!Boolean.FALSE.equals(action.workflows().value())) {
      clients.addObject().put("client", "WORKFLOWS");
    }
    if (action.agentTool() != null) {
      JsonObject agents = clients.addObject();
      agents.put("client", "AGENTS");
      agents.put("toolType", action.agentTool().toolType().value());
      agents.putObject("llmConfig").put("actionDescription", action.agentTool().description().value());
    }
    JsonArray inputs = config.putArray("inputFields");
    action.inputFields().forEach(field -> inputs.add(inputField(field)));
    if (!action.outputFields().isEmpty()) {
      JsonArray outputs = config.putArray("outputFields");
      action.outputFields().forEach(field -> outputs.addObject().set("typeDefinition", typeDefinition(field)));
    }
    if (!action.fieldDependencies().isEmpty()) {
      JsonArray dependencies = config.putArray("inputFieldDependencies");
      action.fieldDependencies().forEach(dependency -> dependencies.add(dependency(dependency)));
    }
    JsonObject labels = config.putObject("labels");
    action.labels().forEach(locale -> labels.set(locale.locale().value(), labels(locale, action)));
    config.set("objectTypes", strings(action.objectTypes()));
    if (!action.objectRequestProperties().isEmpty()) {
      config.putObject("objectRequestOptions").set("properties", strings(action.objectRequestProperties()));
    }
    if (!action.executionRules().isEmpty()) {
      JsonArray rules = config.putArray("executionRules");
      action.executionRules().forEach(rule -> rules.add(executionRule(rule)));
    }
    return config;
  }

  private JsonObject inputField(InputField field) {
    JsonObject typeDefinition = json.object();
    typeDefinition.put("name", field.name().value());
    typeDefinition.put("type", field.shape().type());
    typeDefinition.put("fieldType", isSet(field.fieldType()) ? field.fieldType().value() : field.shape().fieldType());
    if (isSet(field.optionsUrl())) {
      typeDefinition.put("optionsUrl", field.optionsUrl().value());
    } else if (!field.shape().options().isEmpty()) {
      typeDefinition.set("options", actionOptions(field.shape().options()));
    }
    JsonObject node = json.object();
    node.set("typeDefinition", typeDefinition);
    node.set("supportedValueTypes", strings(field.supportedValueTypes()));
    node.put("isRequired", field.required());
    return node;
  }

  private JsonObject typeDefinition(NamedField field) {
    JsonObject node = json.object();
    node.put("name", field.name().value());
    node.put("type", field.shape().type());
    if (!field.shape().options().isEmpty()) {
      node.set("options", actionOptions(field.shape().options()));
    }
    return node;
  }

  private JsonObject dependency(FieldDependency dependency) {
    JsonObject node = json.object();
    boolean conditional = isSet(dependency.controllingValue());
    node.put("dependencyType", conditional ? "CONDITIONAL_SINGLE_FIELD" : "SINGLE_FIELD");
    node.put("controllingFieldName", dependency.controllingField().value());
    if (conditional) {
      node.put("controllingFieldValue", dependency.controllingValue().value());
    }
    node.set("dependentFieldNames", strings(dependency.dependentFields()));
    return node;
  }

  /** The texts of one locale; for {@code en}, labels and descriptions given on the fields come first. */
  private JsonObject labels(ActionLabels labels, WorkflowAction action) {
    JsonObject node = json.object();
    node.put("actionName", labels.actionName().value());
    putIfSet(node, "appDisplayName", labels.appDisplayName());
    putIfSet(node, "actionDescription", labels.actionDescription());
    putIfSet(node, "actionCardContent", labels.actionCardContent());
    boolean english = "en".equals(labels.locale().value());
    Map<String, String> inputLabels = new LinkedHashMap<>();
    Map<String, String> inputDescriptions = new LinkedHashMap<>();
    Map<String, String> outputLabels = new LinkedHashMap<>();
    if (english) {
      action.inputFields().stream().filter(f -> isSet(f.label())).forEach(f -> inputLabels.put(f.name().value(), f.label().value()));
      action.inputFields().stream().filter(f -> isSet(f.description()))
          .forEach(f -> inputDescriptions.put(f.name().value(), f.description().value()));
      action.outputFields().stream().filter(f -> isSet(f.label())).forEach(f -> outputLabels.put(f.name().value(), f.label().value()));
    }
    putTexts(node, "inputFieldLabels", inputLabels, labels.inputFieldLabels());
    putTexts(node, "inputFieldDescriptions", inputDescriptions, labels.inputFieldDescriptions());
    putTexts(node, "outputFieldLabels", outputLabels, labels.outputFieldLabels());
    putTexts(node, "executionRules", new LinkedHashMap<>(), labels.executionRules());
    return node;
  }

  private void putTexts(JsonObject node, String key, Map<String, String> fromFields, List<Text> explicit) {
    explicit.forEach(text -> fromFields.put(text.name().value(), text.text().value()));
    if (!fromFields.isEmpty()) {
      JsonObject texts = node.putObject(key);
      fromFields.forEach(texts::put);
    }
  }

  private JsonObject executionRule(ExecutionRule rule) {
    JsonObject node = json.object();
    node.put("labelName", rule.labelName().value());
    try {
      node.set("conditions", JsonText.parseObject(rule.conditions().value()));
    } catch (IOException e) {
      // The ExecutionRuleConditions rule refuses unparsable conditions before anything is written.
      throw new UncheckedIOException(e);
    }
    return node;
  }

  JsonObject appEvent(AppEvent event) {
    JsonObject config = json.object();
    config.put("name", event.name().value());
    if ("CUSTOM_OBJECT".equals(event.objectType().value())) {
      config.put("supportsCustomObject", true);
    } else {
      config.put("objectType", event.objectType().value());
    }
    putIfSet(config, "headerTemplate", event.headerTemplate());
    putIfSet(config, "detailTemplate", event.detailTemplate());
    JsonArray properties = config.putArray("properties");
    for (NamedField property : event.properties()) {
      JsonObject node = properties.addObject();
      node.put("name", property.name().value());
      node.put("label", isSet(property.label()) ? property.label().value() : property.name().value());
      node.put("type", property.shape().type());
      if (!property.shape().options().isEmpty()) {
        node.set("options", valueLabelOptions(property.shape().options()));
      }
    }
    return config;
  }

  JsonObject appObject(AppObject object) {
    JsonObject config = json.object();
    config.put("name", object.name().value());
    config.put("description", object.description().value());
    config.put("singularForm", object.singularForm().value());
    config.put("pluralForm", object.pluralForm().value());
    putIfSet(config, "appPrefix", object.appPrefix());
    config.put("primaryDisplayLabelPropertyName", object.primaryDisplayLabelProperty().value());
    if (!object.secondaryDisplayLabelProperties().isEmpty()) {
      config.set("secondaryDisplayLabelPropertyNames", strings(object.secondaryDisplayLabelProperties()));
    }
    JsonArray properties = config.putArray("properties");
    object.properties().forEach(property -> properties.add(objectProperty(property)));
    if (!object.propertyGroups().isEmpty()) {
      JsonArray groups = config.putArray("propertyGroups");
      for (PropertyGroup group : object.propertyGroups()) {
        groups.addObject().put("name", group.name().value()).put("label", group.label().value());
      }
    }
    if (!object.defaultCreateFormFields().isEmpty()) {
      JsonArray fields = config.putArray("defaultCreateFormFields");
      for (CreateFormField field : object.defaultCreateFormFields()) {
        fields.addObject().put("propertyName", field.property().value()).put("isRequired", field.required())
            .put("isRemovable", field.removable());
      }
    }
    JsonObject settings = config.putObject("settings");
    settings.put("hasRecordPage", object.hasRecordPage());
    settings.put("allowsUserCreatedRecords", object.allowsUserCreatedRecords());
    settings.put("hasEngagements", object.hasEngagements());
    return config;
  }

  /** Key order of HubSpot's app-object template; flags only when set, as there. */
  private JsonObject objectProperty(ObjectProperty property) {
    JsonObject node = json.object();
    node.put("name", property.name().value());
    node.put("label", isSet(property.label()) ? property.label().value() : property.name().value());
    putIfSet(node, "description", property.description());
    node.put("type", property.shape().type());
    node.put("fieldType", isSet(property.fieldType()) ? property.fieldType().value() : property.shape().fieldType());
    putIfSet(node, "calculationFormula", property.calculationFormula());
    putIfTrue(node, "hasUniqueValue", property.hasUniqueValue());
    putIfTrue(node, "readOnlyValue", property.readOnlyValue());
    putIfTrue(node, "formField", property.formField());
    putIfTrue(node, "hidden", property.hidden());
    putIfSet(node, "groupName", property.groupName());
    if ("bool".equals(property.shape().type())) {
      // HubSpot's boolean properties carry their two options, as in its template.
      JsonArray options = node.putArray("options");
      options.addObject().put("label", "Yes").put("value", "true");
      options.addObject().put("label", "No").put("value", "false");
    } else if (!property.shape().options().isEmpty()) {
      JsonArray options = node.putArray("options");
      for (Option option : property.shape().options()) {
        JsonObject each = options.addObject().put("label", option.label()).put("value", option.value());
        putDescriptionAndOrder(each, option);
        putIfTrue(each, "hidden", option.isHidden());
      }
    }
    return node;
  }

  JsonObject appObjectAssociation(AppObjectAssociation association) {
    JsonObject config = json.object();
    config.put("firstObjectType", appObjectUid(association.firstObject().value()));
    String second = association.secondObject().value();
    config.put("secondObjectType",
        second == null || second.equals("void") ? association.secondObjectType().value() : appObjectUid(second));
    return config;
  }

  private String appObjectUid(String typeName) {
    AppObject object = project.appObject(typeName);
    if (object == null) {
      // The AssociationObject rule refuses references to types without @AppObject before anything is written.
      throw new IllegalStateException(typeName + " is not an app object");
    }
    return object.uid().value();
  }

  /** App-event options: HubSpot's format has only value and label (the rest is reported, not written). */
  private JsonArray valueLabelOptions(List<Option> options) {
    JsonArray array = json.array();
    options.forEach(option -> array.addObject().put("value", option.value()).put("label", option.label()));
    return array;
  }

  /** Workflow-action options: value and label, then description and displayOrder when set (no hidden flag). */
  private JsonArray actionOptions(List<Option> options) {
    JsonArray array = json.array();
    options.forEach(option -> putDescriptionAndOrder(
        array.addObject().put("value", option.value()).put("label", option.label()), option));
    return array;
  }

  private static void putDescriptionAndOrder(JsonObject node, Option option) {
    if (option.hasDescription()) {
      node.put("description", option.description().value());
    }
    if (option.hasDisplayOrder()) {
      node.put("displayOrder", option.displayOrder().value());
    }
  }

  private JsonArray strings(List<Located<String>> values) {
    return json.strings(values.stream().map(Located::value).toList());
  }

  private static boolean isSet(Located<String> value) {
    return value != null && value.value() != null && !value.value().isEmpty();
  }

  private static void putIfSet(JsonObject node, String key, Located<String> value) {
    if (isSet(value)) {
      node.put(key, value.value());
    }
  }

  private static void putIfTrue(JsonObject node, String key, boolean value) {
    if (value) {
      node.put(key, true);
    }
  }
}
