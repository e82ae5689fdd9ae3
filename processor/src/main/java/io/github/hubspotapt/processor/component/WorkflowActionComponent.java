package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ACTION_CARD_CONTENT;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ACTION_DESCRIPTION;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ACTION_NAME;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ACTION_URL;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.APP_DISPLAY_NAME;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.CONTROLLING_FIELD;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.CONTROLLING_VALUE;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.DEPENDENT_FIELDS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ENGLISH;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.EXECUTION_RULES;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.EXTERNAL_OPTIONS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.FIELD_TYPE;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.INPUT_FIELD_DESCRIPTIONS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.INPUT_FIELD_LABELS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.LOCALE;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OBJECT_REQUEST_OPTIONS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OBJECT_REQUEST_PROPERTIES;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OBJECT_TYPES;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OPTIONS_URL;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OUTPUT_FIELD_LABELS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OWNER;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.OWNER_REFERENCE;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.PUBLISHED;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.REQUIRED;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.SUPPORTED_VALUE_TYPES;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.WORKFLOWS;

import io.github.hubspotapt.processor.declaration.FieldType;
import io.github.hubspotapt.processor.declaration.OptionConfig;
import io.github.hubspotapt.processor.declaration.WorkflowActionConfig;
import io.github.hubspotapt.processor.model.ActionLabels;
import io.github.hubspotapt.processor.model.AgentTool;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.ExecutionRule;
import io.github.hubspotapt.processor.model.FieldDependency;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.Text;
import io.github.hubspotapt.processor.model.WorkflowAction;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.JavaField;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonArray;
import io.github.hubspotapt.processor.write.JsonObject;
import io.github.hubspotapt.processor.write.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * {@code @WorkflowAction} (with {@code @AgentTool} beside it): a custom action for workflows and
 * agents, whose input fields are the fields of its type and whose output fields those of its output
 * type.
 */
final class WorkflowActionComponent extends Component<WorkflowAction> {

  private static final String LABELS = "labels";
  private static final String OUTPUT = "output";
  private static final String FIELD_DEPENDENCIES = "fieldDependencies";
  private static final String NAME = "name";
  private static final String TEXT = "text";
  private static final String LABEL_NAME = "labelName";
  private static final String CONDITIONS = "conditions";
  private static final String LABEL = "label";
  private static final String DESCRIPTION = "description";
  private static final String TOOL_TYPE = "toolType";

  private static final AnnotationMembers ACTION =
      members(
          WorkflowActionConfig.DECLARATION.annotation(),
          ACTION_URL.member(),
          PUBLISHED.member(),
          WORKFLOWS,
          OBJECT_TYPES.member(),
          LABELS,
          OUTPUT,
          OBJECT_REQUEST_PROPERTIES.member(),
          FIELD_DEPENDENCIES,
          EXECUTION_RULES);
  private static final AnnotationMembers ACTION_LABELS =
      AnnotationMembers.of(
          WorkflowActionConfig.LABELS.qualifiedName(),
          LOCALE,
          ACTION_NAME.member(),
          ACTION_DESCRIPTION.member(),
          ACTION_CARD_CONTENT.member(),
          APP_DISPLAY_NAME.member(),
          INPUT_FIELD_LABELS,
          INPUT_FIELD_DESCRIPTIONS,
          OUTPUT_FIELD_LABELS,
          EXECUTION_RULES);
  private static final AnnotationMembers FIELD_TEXT =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".FieldText", NAME, TEXT);
  private static final AnnotationMembers DEPENDENCY =
      AnnotationMembers.of(
          AnnotationNames.PACKAGE + ".FieldDependency",
          CONTROLLING_FIELD.member(),
          CONTROLLING_VALUE.member(),
          DEPENDENT_FIELDS.member());
  private static final AnnotationMembers EXECUTION_RULE =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".ExecutionRule", LABEL_NAME, CONDITIONS);
  private static final AnnotationMembers INPUT =
      AnnotationMembers.of(
          AnnotationNames.INPUT_FIELD,
          JavaField.NAME,
          LABEL,
          DESCRIPTION,
          FIELD_TYPE.member(),
          SUPPORTED_VALUE_TYPES.member(),
          REQUIRED.member(),
          OPTIONS_URL.member(),
          OWNER_REFERENCE.member());
  private static final AnnotationMembers OUTPUT_FIELD =
      AnnotationMembers.of(
          AnnotationNames.OUTPUT_FIELD,
          JavaField.NAME,
          JavaField.LABEL,
          FIELD_TYPE.member(),
          EXTERNAL_OPTIONS.member());
  private static final AnnotationMembers AGENT_TOOL =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".AgentTool", TOOL_TYPE, DESCRIPTION);

  WorkflowActionComponent() {
    super(ComponentType.WORKFLOW_ACTION, ACTION);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(
        ACTION,
        ACTION_LABELS,
        FIELD_TEXT,
        DEPENDENCY,
        EXECUTION_RULE,
        INPUT,
        OUTPUT_FIELD,
        AGENT_TOOL);
  }

  /**
   * {@code @AgentTool} offers the action to agents; on a type without {@code @WorkflowAction} it
   * means nothing.
   */
  @Override
  List<String> companions() {
    return List.of(AGENT_TOOL.annotation());
  }

  @Override
  WorkflowAction read(MirrorReader action, TypeElement type, TypeReader reader) {
    List<InputField> inputs =
        reader.fields(type, INPUT).stream().map(f -> inputField(f, reader)).toList();
    Located<String> output = action.typeName(OUTPUT);
    TypeElement outputType =
        output.value() == null || output.value().equals("void")
            ? null
            : reader.type(output.value());
    List<OutputField> outputs =
        outputType == null
            ? List.of()
            : reader.fields(outputType, OUTPUT_FIELD).stream()
                .map(
                    f ->
                        new OutputField(
                            f.origin(),
                            f.name(),
                            reader.shape(f.type()),
                            f.string(LABEL),
                            f.string(FIELD_TYPE.member()),
                            f.writtenBool(EXTERNAL_OPTIONS.member())))
                .toList();
    MirrorReader agentTool = reader.find(type, AGENT_TOOL);
    return new WorkflowAction(
        action.origin(),
        action.string(UID),
        file(action),
        action.string(ACTION_URL.member()),
        Boolean.TRUE.equals(action.bool(PUBLISHED.member()).value()),
        action.bool(WORKFLOWS),
        action.strings(OBJECT_TYPES.member()),
        action.annotations(LABELS, ACTION_LABELS).stream()
            .map(WorkflowActionComponent::labels)
            .toList(),
        inputs,
        output,
        outputs,
        action.strings(OBJECT_REQUEST_PROPERTIES.member()),
        action.annotations(FIELD_DEPENDENCIES, DEPENDENCY).stream()
            .map(
                d ->
                    new FieldDependency(
                        d.origin(),
                        d.string(CONTROLLING_FIELD.member()),
                        d.string(CONTROLLING_VALUE.member()),
                        d.strings(DEPENDENT_FIELDS.member())))
            .toList(),
        action.annotations(EXECUTION_RULES, EXECUTION_RULE).stream()
            .map(r -> new ExecutionRule(r.origin(), r.string(LABEL_NAME), r.string(CONDITIONS)))
            .toList(),
        agentTool == null
            ? null
            : new AgentTool(
                agentTool.origin(), agentTool.enumName(TOOL_TYPE), agentTool.string(DESCRIPTION)));
  }

  private static InputField inputField(JavaField field, TypeReader reader) {
    Located<String> optionsUrl = field.string(OPTIONS_URL.member());
    Located<Boolean> owner = field.writtenBool(OWNER_REFERENCE.member());
    boolean optionsElsewhere =
        (optionsUrl.value() != null && !optionsUrl.value().isEmpty())
            || Boolean.TRUE.equals(owner.value());
    return new InputField(
        field.origin(),
        field.name(),
        inputShape(reader.shape(field.type()), optionsElsewhere),
        field.string(LABEL),
        field.string(DESCRIPTION),
        field.string(FIELD_TYPE.member()),
        field.annotation() == null
            ? List.of(new Located<>("STATIC_VALUE", field.origin()))
            : field.annotation().enumNames(SUPPORTED_VALUE_TYPES.member()),
        field.bool(REQUIRED.member(), false),
        optionsUrl,
        owner);
  }

  /**
   * HubSpot fetches options from an {@code optionsUrl}, and lists the account's owners for an owner
   * field, only for enumeration fields, whose values are strings: a {@code String} input with
   * either ({@code optionsElsewhere}) is an enumeration with a select control and no options of its
   * own.
   */
  private static FieldShape inputShape(FieldShape shape, boolean optionsElsewhere) {
    return optionsElsewhere && FieldType.STRING.json().equals(shape.type())
        ? new FieldShape(
            shape.javaType(),
            FieldType.ENUMERATION.json(),
            FieldType.ENUMERATION.control(),
            List.of())
        : shape;
  }

  private static ActionLabels labels(MirrorReader labels) {
    return new ActionLabels(
        labels.origin(),
        labels.string(LOCALE),
        labels.string(ACTION_NAME.member()),
        labels.string(ACTION_DESCRIPTION.member()),
        labels.string(ACTION_CARD_CONTENT.member()),
        labels.string(APP_DISPLAY_NAME.member()),
        texts(labels, INPUT_FIELD_LABELS),
        texts(labels, INPUT_FIELD_DESCRIPTIONS),
        texts(labels, OUTPUT_FIELD_LABELS),
        texts(labels, EXECUTION_RULES));
  }

  private static List<Text> texts(MirrorReader labels, String member) {
    return labels.annotations(member, FIELD_TEXT).stream()
        .map(t -> new Text(t.string(NAME), t.string(TEXT)))
        .toList();
  }

  @Override
  JsonObject write(WorkflowAction action, ConfigContext context) {
    DeclaredConfig declared =
        new DeclaredConfig(context.object())
            .string(ACTION_URL, action.actionUrl())
            .bool(PUBLISHED, action.published());
    JsonObject config = declared.json();
    JsonArray clients = config.putArray("supportedClients");
    if (!Boolean.FALSE.equals(action.workflows().value())) {
      clients.addObject().put("client", "WORKFLOWS");
    }
    if (action.agentTool() != null) {
      JsonObject agents = clients.addObject();
      agents.put("client", "AGENTS");
      agents.put("toolType", action.agentTool().toolType().value());
      agents
          .putObject("llmConfig")
          .put("actionDescription", action.agentTool().description().value());
    }
    JsonArray inputs = config.putArray("inputFields");
    for (InputField field : action.inputFields()) {
      inputs.add(inputField(field, context));
    }
    if (!action.outputFields().isEmpty()) {
      JsonArray outputs = config.putArray("outputFields");
      for (OutputField field : action.outputFields()) {
        outputs.addObject().set("typeDefinition", outputTypeDefinition(field, context));
      }
    }
    if (!action.fieldDependencies().isEmpty()) {
      JsonArray dependencies = config.putArray("inputFieldDependencies");
      for (FieldDependency dependency : action.fieldDependencies()) {
        dependencies.add(dependency(dependency, context));
      }
    }
    JsonObject labels = config.putObject("labels");
    for (ActionLabels locale : action.labels()) {
      labels.set(locale.locale().value(), labels(locale, action, context));
    }
    declared.strings(OBJECT_TYPES, action.objectTypes());
    if (!action.objectRequestProperties().isEmpty()) {
      new DeclaredConfig(config.putObject(OBJECT_REQUEST_OPTIONS))
          .strings(OBJECT_REQUEST_PROPERTIES, action.objectRequestProperties());
    }
    if (!action.executionRules().isEmpty()) {
      JsonArray rules = config.putArray(EXECUTION_RULES);
      for (ExecutionRule rule : action.executionRules()) {
        rules.add(executionRule(rule, context));
      }
    }
    return config;
  }

  private static JsonObject inputField(InputField field, ConfigContext context) {
    String fieldType =
        JsonObject.isSet(field.fieldType()) ? field.fieldType().value() : field.shape().fieldType();
    JsonObject typeDefinition =
        typeDefinition(field.name(), field.shape(), fieldType, field.optionsUrl(), context);
    if (field.referencesOwner()) {
      typeDefinition.put(OWNER_REFERENCE.key(), OWNER);
    }
    JsonObject node = context.object();
    node.set("typeDefinition", typeDefinition);
    node.putStrings(SUPPORTED_VALUE_TYPES.key(), field.supportedValueTypes());
    node.put(REQUIRED.key(), field.required());
    return node;
  }

  /**
   * Output fields write a control only when one is given, as HubSpot's examples do, and no
   * optionsUrl; {@code externalOptions} only when the source writes it out, {@code false} included,
   * as projects do.
   */
  private static JsonObject outputTypeDefinition(OutputField field, ConfigContext context) {
    String fieldType = JsonObject.isSet(field.fieldType()) ? field.fieldType().value() : null;
    JsonObject node = typeDefinition(field.name(), field.shape(), fieldType, null, context);
    Boolean externalOptions = field.externalOptions().value();
    if (externalOptions != null) {
      node.put(EXTERNAL_OPTIONS.key(), externalOptions);
    }
    return node;
  }

  /**
   * A field's {@code typeDefinition}: name, type, the control unless {@code fieldType} is null,
   * then the options, or the URL HubSpot fetches them from when {@code optionsUrl} is set.
   */
  private static JsonObject typeDefinition(
      Located<String> name,
      FieldShape shape,
      String fieldType,
      Located<String> optionsUrl,
      ConfigContext context) {
    JsonObject node = context.object();
    node.put("name", name.value());
    node.put("type", shape.type());
    if (fieldType != null) {
      node.put(FIELD_TYPE.key(), fieldType);
    }
    if (optionsUrl != null && JsonObject.isSet(optionsUrl)) {
      node.put(OPTIONS_URL.key(), optionsUrl.value());
    } else if (!shape.options().isEmpty()) {
      node.set("options", options(shape.options(), context));
    }
    return node;
  }

  /**
   * Workflow-action options: value and label, then description and displayOrder when set (no hidden
   * flag).
   */
  private static JsonArray options(List<Option> options, ConfigContext context) {
    JsonArray array = context.json().array();
    for (Option option : options) {
      ComponentJson.putDescriptionAndOrder(
          array
              .addObject()
              .put(OptionConfig.VALUE.key(), option.value().value())
              .put(OptionConfig.LABEL.key(), option.label().value()),
          option);
    }
    return array;
  }

  private static JsonObject dependency(FieldDependency dependency, ConfigContext context) {
    JsonObject node = context.object();
    boolean conditional = JsonObject.isSet(dependency.controllingValue());
    node.put("dependencyType", conditional ? "CONDITIONAL_SINGLE_FIELD" : "SINGLE_FIELD");
    node.put(CONTROLLING_FIELD.key(), dependency.controllingField().value());
    if (conditional) {
      node.put(CONTROLLING_VALUE.key(), dependency.controllingValue().value());
    }
    node.putStrings(DEPENDENT_FIELDS.key(), dependency.dependentFields());
    return node;
  }

  /**
   * The texts of one locale; for {@code en}, labels and descriptions given on the fields come
   * first.
   */
  private static JsonObject labels(
      ActionLabels labels, WorkflowAction action, ConfigContext context) {
    JsonObject node =
        new DeclaredConfig(context.object())
            .string(ACTION_NAME, labels.actionName())
            .string(APP_DISPLAY_NAME, labels.appDisplayName())
            .string(ACTION_DESCRIPTION, labels.actionDescription())
            .string(ACTION_CARD_CONTENT, labels.actionCardContent())
            .json();
    boolean english = ENGLISH.equals(labels.locale().value());
    Map<String, String> inputLabels = new LinkedHashMap<>();
    Map<String, String> inputDescriptions = new LinkedHashMap<>();
    Map<String, String> outputLabels = new LinkedHashMap<>();
    if (english) {
      for (InputField field : action.inputFields()) {
        if (JsonObject.isSet(field.label())) {
          inputLabels.put(field.name().value(), field.label().value());
        }
        if (JsonObject.isSet(field.description())) {
          inputDescriptions.put(field.name().value(), field.description().value());
        }
      }
      for (OutputField field : action.outputFields()) {
        if (JsonObject.isSet(field.label())) {
          outputLabels.put(field.name().value(), field.label().value());
        }
      }
    }
    putTexts(node, INPUT_FIELD_LABELS, inputLabels, labels.inputFieldLabels());
    putTexts(node, INPUT_FIELD_DESCRIPTIONS, inputDescriptions, labels.inputFieldDescriptions());
    putTexts(node, OUTPUT_FIELD_LABELS, outputLabels, labels.outputFieldLabels());
    putTexts(node, EXECUTION_RULES, new LinkedHashMap<>(), labels.executionRules());
    return node;
  }

  private static void putTexts(
      JsonObject node, String key, Map<String, String> fromFields, List<Text> explicit) {
    for (Text text : explicit) {
      fromFields.put(text.name().value(), text.text().value());
    }
    if (!fromFields.isEmpty()) {
      JsonObject texts = node.putObject(key);
      for (Map.Entry<String, String> text : fromFields.entrySet()) {
        texts.put(text.getKey(), text.getValue());
      }
    }
  }

  private static JsonObject executionRule(ExecutionRule rule, ConfigContext context) {
    JsonObject node = context.object();
    node.put("labelName", rule.labelName().value());
    try {
      node.set("conditions", JsonText.parseObject(rule.conditions().value()));
    } catch (IOException e) {
      // The ExecutionRuleConditions rule refuses unparsable conditions before anything is written.
      throw new UncheckedIOException(e);
    }
    return node;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.FIELDS, RuleGroup.OPTIONS_NOT_WRITTEN, RuleGroup.WORKFLOW_ACTIONS);
  }
}
