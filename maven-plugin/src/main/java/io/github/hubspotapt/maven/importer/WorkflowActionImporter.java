package io.github.hubspotapt.maven.importer;

import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ACTION_URL;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.CONTROLLING_FIELD;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.CONTROLLING_VALUE;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.DEPENDENT_FIELDS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.ENGLISH;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.EXECUTION_RULES;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.EXTERNAL_OPTIONS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.FIELD_TYPE;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.INPUT_FIELD_DESCRIPTIONS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.INPUT_FIELD_LABELS;
import static io.github.hubspotapt.processor.declaration.WorkflowActionConfig.LABELS;
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

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.ToolType;
import io.github.hubspotapt.ValueType;
import io.github.hubspotapt.processor.declaration.FieldType;
import io.github.hubspotapt.processor.declaration.WorkflowActionConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code workflow-action}: a record with {@code @WorkflowAction} (and {@code @AgentTool} for the
 * AGENTS client) whose components are the input fields ({@code @InputField}), its output fields a
 * nested record {@code Output} ({@code @OutputField}), an enumeration's options a nested enum
 * ({@code @Option}). The English labels and descriptions of fields go on the fields, as a user
 * writes them; other locales' stay in {@code @ActionLabels}. The keys that map one to one are
 * written back by {@link WorkflowActionConfig}; it says why the rest is code.
 */
final class WorkflowActionImporter implements ComponentImporter {

  @Override
  public void read(ComponentJsonFile file, ImportContext context) {
    JsonFields config = file.config();
    ClassName record = context.newType(JavaNames.typeName(file.uid(), "Action"));
    DeclaredMembers members =
        DeclaredMembers.of(WorkflowActionConfig.DECLARATION, file, context)
            .add(ACTION_URL)
            .add(PUBLISHED);
    Annotation action = members.annotation();
    Optional<AnnotationSpec> agentTool = clients(config, action);
    members.add(OBJECT_TYPES);

    Map<String, JsonFields> labels = new LinkedHashMap<>();
    config
        .object("labels")
        .ifPresent(
            all ->
                all.keys()
                    .forEach(
                        locale ->
                            all.object(locale).ifPresent(texts -> labels.put(locale, texts))));
    TypeSpec.Builder type =
        TypeSpec.recordBuilder(record)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Imported from {@code $L}: the action's input fields.\n", file.path());
    // The texts of fields that are not imported are left out with them: a label of a field the
    // sources do not declare would break HS-WORKFLOW-FIELD-REFERENCE where the original is sound.
    NotImported notImported = new NotImported(new HashSet<>(), new HashSet<>());
    Texts english = Texts.of(labels.get(ENGLISH));
    MethodSpec.Builder inputs = MethodSpec.constructorBuilder();
    for (JsonFields field : config.objects("inputFields")) {
      inputField(field, record, english, inputs, type, notImported.inputs());
    }
    type.recordConstructor(inputs.build());

    List<JsonFields> outputFields = config.nonEmptyObjects("outputFields");
    if (!outputFields.isEmpty()) {
      ClassName output = record.nestedClass("Output");
      TypeSpec.Builder outputType = TypeSpec.recordBuilder(output).addModifiers(Modifier.PUBLIC);
      MethodSpec.Builder outputs = MethodSpec.constructorBuilder();
      for (JsonFields field : outputFields) {
        field
            .object("typeDefinition")
            .ifPresent(
                definition ->
                    outputField(
                        definition, output, english, outputs, outputType, notImported.outputs()));
      }
      MethodSpec constructor = outputs.build();
      // Without a field imported (each listed), an output type would give no output field, which
      // HS-WORKFLOW-OUTPUT refuses: the action then has none.
      if (!constructor.parameters().isEmpty()) {
        type.addType(outputType.recordConstructor(constructor).build());
        action.type("output", output);
      }
    }
    action.annotations(
        "labels",
        labels.entrySet().stream()
            .map(
                locale -> labels(locale.getKey(), locale.getValue(), english, notImported, context))
            .toList());
    config
        .nonEmptyObject(OBJECT_REQUEST_OPTIONS)
        .ifPresent(options -> members.in(options).add(OBJECT_REQUEST_PROPERTIES));
    action.annotations(
        "fieldDependencies",
        config.nonEmptyObjects("inputFieldDependencies").stream()
            .map(dependency -> dependency(dependency, notImported.inputs()))
            .flatMap(Optional::stream)
            .toList());
    action.annotations(
        "executionRules",
        config.nonEmptyObjects(EXECUTION_RULES).stream()
            .map(
                rule ->
                    Annotation.of("ExecutionRule")
                        .string("labelName", rule.string("labelName"))
                        .string("conditions", JsonMemberText.of(rule.raw("conditions")))
                        .build())
            .toList());
    agentTool.ifPresent(type::addAnnotation);
    type.addAnnotation(action.build());
    context.add(type.build());
  }

  /**
   * WORKFLOWS is {@code workflows} (default true); AGENTS is an {@code @AgentTool} beside the
   * action.
   */
  private static Optional<AnnotationSpec> clients(JsonFields config, Annotation action) {
    boolean workflows = false;
    AnnotationSpec agentTool = null;
    for (JsonFields client : config.objects("supportedClients")) {
      String name = client.string("client");
      if ("WORKFLOWS".equals(name)) {
        workflows = true;
      } else if ("AGENTS".equals(name)) {
        agentTool = agentTool(client).orElse(null);
      } else {
        client.refuse("client", "client \"" + name + "\" is neither WORKFLOWS nor AGENTS");
      }
    }
    action.optionalBool(WORKFLOWS, workflows);
    return Optional.ofNullable(agentTool);
  }

  /**
   * The AGENTS client as {@code @AgentTool}, which needs both a toolType and
   * llmConfig.actionDescription (HubSpot's agent-tool docs require them; HubSpot's own template
   * lists the client bare).
   */
  private static Optional<AnnotationSpec> agentTool(JsonFields client) {
    Optional<String> toolType =
        EnumValue.read(client, "toolType", client.string("toolType"), ToolType.class);
    Optional<String> description =
        client.object("llmConfig").map(llm -> llm.string("actionDescription"));
    if (toolType.isEmpty() || description.isEmpty()) {
      client.refuse(
          "client",
          "the AGENTS client needs toolType and llmConfig.actionDescription, which"
              + " @AgentTool(toolType, description) writes; HubSpot's agent-tool docs require both");
      return Optional.empty();
    }
    return Optional.of(
        Annotation.of("AgentTool")
            .constant("toolType", "ToolType", toolType.get())
            .string("description", description.get())
            .build());
  }

  /**
   * Whether the field references owners: {@code OWNER}, the one {@code referencedObjectType}
   * HubSpot documents for input fields, is {@code owner = true}; any other value is not imported.
   */
  private static boolean owner(JsonFields typeDefinition) {
    String referenced = typeDefinition.nonEmptyString(OWNER_REFERENCE.key());
    if (referenced != null && !OWNER.equals(referenced)) {
      typeDefinition.refuse(
          OWNER_REFERENCE.key(),
          "HubSpot documents only \"" + OWNER + "\" for an input field's referencedObjectType");
    }
    return OWNER.equals(referenced);
  }

  private static void inputField(
      JsonFields field,
      ClassName record,
      Texts english,
      MethodSpec.Builder inputs,
      TypeSpec.Builder type,
      Set<String> notImported) {
    Optional<JsonFields> definition = field.object("typeDefinition");
    if (definition.isEmpty()) {
      return;
    }
    JsonFields typeDefinition = definition.get();
    String name = typeDefinition.string("name");
    String javaName = RecordField.unusedJavaName(name, inputs);
    String fieldType = typeDefinition.nonEmptyString(FIELD_TYPE.key());
    String optionsUrl = typeDefinition.nonEmptyString(OPTIONS_URL.key());
    String hubSpotType = typeDefinition.string("type");
    boolean owner = owner(typeDefinition);
    Optional<RecordField.JavaType> java =
        (optionsUrl != null || (owner && !typeDefinition.has("options")))
                && "enumeration".equals(hubSpotType)
            ? Optional.of(
                new RecordField.JavaType(
                    ClassName.get(String.class), FieldType.ENUMERATION.control(), Optional.empty()))
            : RecordField.javaType(
                typeDefinition,
                hubSpotType,
                fieldType,
                record,
                javaName,
                OptionEnum.Members.WITH_ORDER);
    if (java.isEmpty()) {
      notImported.add(name);
      return;
    }
    java.get().options().ifPresent(type::addType);
    List<String> valueTypes = new ArrayList<>();
    field
        .strings(SUPPORTED_VALUE_TYPES.key())
        .forEach(
            valueType ->
                EnumValue.read(field, SUPPORTED_VALUE_TYPES.key(), valueType, ValueType.class)
                    .ifPresent(valueTypes::add));
    Annotation input =
        Annotation.of("InputField")
            .string("name", name, javaName)
            .string("label", Texts.take(english.inputLabels, name), null)
            .string("description", Texts.take(english.inputDescriptions, name), null)
            .string(FIELD_TYPE.member(), fieldType, java.get().defaultControl())
            .string(OPTIONS_URL.member(), optionsUrl, null);
    input.optionalConstants(SUPPORTED_VALUE_TYPES.member(), "ValueType", valueTypes);
    input.optionalBool(REQUIRED.member(), field.bool(REQUIRED.key()));
    input.optionalBool(OWNER_REFERENCE.member(), owner ? true : null);
    inputs.addParameter(
        ParameterSpec.builder(java.get().javaType(), javaName)
            .addAnnotation(input.build())
            .build());
  }

  private static void outputField(
      JsonFields definition,
      ClassName output,
      Texts english,
      MethodSpec.Builder outputs,
      TypeSpec.Builder outputType,
      Set<String> notImported) {
    String name = definition.string("name");
    String javaName = RecordField.unusedJavaName(name, outputs);
    String fieldType = definition.nonEmptyString(FIELD_TYPE.key());
    Optional<RecordField.JavaType> java =
        RecordField.javaType(
            definition,
            definition.string("type"),
            fieldType,
            output,
            javaName,
            OptionEnum.Members.WITH_ORDER);
    if (java.isEmpty()) {
      notImported.add(name);
      return;
    }
    java.get().options().ifPresent(outputType::addType);
    // An output field's control is written only when given, so any fieldType the file has is
    // written.
    Annotation field =
        Annotation.of("OutputField")
            .string("name", name, javaName)
            .string("label", Texts.take(english.outputLabels, name), null)
            .string(FIELD_TYPE.member(), fieldType, null)
            .boolAsGiven(EXTERNAL_OPTIONS.member(), definition.bool(EXTERNAL_OPTIONS.key()));
    outputs.addParameter(
        ParameterSpec.builder(java.get().javaType(), javaName)
            .addAnnotation(field.build())
            .build());
  }

  /**
   * One locale's {@code @ActionLabels}: what did not go on the fields stays here as
   * {@code @FieldText}.
   */
  private static AnnotationSpec labels(
      String locale,
      JsonFields fields,
      Texts english,
      NotImported notImported,
      ImportContext context) {
    Texts texts = (locale.equals(ENGLISH) ? english : Texts.of(fields)).without(notImported);
    Annotation labels = Annotation.of(LABELS.annotation()).string(LOCALE, locale, ENGLISH);
    return DeclaredMembers.of(LABELS, fields, context.vocabulary(), labels)
        .all()
        .annotation()
        .annotations(INPUT_FIELD_LABELS, fieldTexts(texts.inputLabels))
        .annotations(INPUT_FIELD_DESCRIPTIONS, fieldTexts(texts.inputDescriptions))
        .annotations(OUTPUT_FIELD_LABELS, fieldTexts(texts.outputLabels))
        .annotations(EXECUTION_RULES, fieldTexts(texts.executionRules))
        .build();
  }

  private static List<AnnotationSpec> fieldTexts(Map<String, String> texts) {
    return texts.entrySet().stream()
        .map(
            text ->
                Annotation.of("FieldText")
                    .string("name", text.getKey())
                    .string("text", text.getValue())
                    .build())
        .toList();
  }

  /**
   * The dependency as {@code @FieldDependency}; empty, the entry listed as not imported, where it
   * lacks the controlling field or the dependent fields (another shape, as some projects write), so
   * that no half-empty dependency is written in its place.
   */
  private static Optional<AnnotationSpec> dependency(
      JsonFields dependency, Set<String> notImported) {
    if (!dependency.has(CONTROLLING_FIELD.key()) || !dependency.has(DEPENDENT_FIELDS.key())) {
      dependency.require(CONTROLLING_FIELD.key(), "@FieldDependency(controllingField)");
      dependency.require(DEPENDENT_FIELDS.key(), "@FieldDependency(dependentFields)");
      return Optional.empty();
    }
    String controlling = dependency.string(CONTROLLING_FIELD.key());
    List<String> dependents = dependency.strings(DEPENDENT_FIELDS.key());
    List<String> named = new ArrayList<>(dependents);
    named.add(controlling);
    named.retainAll(notImported);
    if (!named.isEmpty()) {
      dependency.refuse(
          CONTROLLING_FIELD.key(),
          "the dependency names " + String.join(", ", named) + ", which is not imported");
      return Optional.empty();
    }
    String kind = dependency.string("dependencyType");
    boolean conditional = dependency.has(CONTROLLING_VALUE.key());
    String value = dependency.nonEmptyString(CONTROLLING_VALUE.key());
    if (!(conditional ? "CONDITIONAL_SINGLE_FIELD" : "SINGLE_FIELD").equals(kind)) {
      dependency.refuse(
          "dependencyType",
          "the processor writes SINGLE_FIELD without a controllingFieldValue and"
              + " CONDITIONAL_SINGLE_FIELD with one; found "
              + kind);
    }
    return Optional.of(
        Annotation.of("FieldDependency")
            .string(CONTROLLING_FIELD.member(), controlling)
            .optionalString(CONTROLLING_VALUE.member(), value)
            .strings(DEPENDENT_FIELDS.member(), dependents, true)
            .build());
  }

  /**
   * The names of the input and output fields that are not imported, which are filled as the fields
   * are read; the fields' texts, read after them, are left out with them.
   */
  private record NotImported(Set<String> inputs, Set<String> outputs) {}

  /** The field texts of one locale, by field name, taken off as fields claim them. */
  private record Texts(
      Map<String, String> inputLabels,
      Map<String, String> inputDescriptions,
      Map<String, String> outputLabels,
      Map<String, String> executionRules,
      Map<String, JsonFields> read) {

    static Texts of(JsonFields locale) {
      Map<String, JsonFields> read = new LinkedHashMap<>();
      return new Texts(
          texts(locale, INPUT_FIELD_LABELS, read),
          texts(locale, INPUT_FIELD_DESCRIPTIONS, read),
          texts(locale, OUTPUT_FIELD_LABELS, read),
          texts(locale, EXECUTION_RULES, read),
          read);
    }

    /**
     * These texts less those of the fields not imported, each listed as not imported where {@code
     * locale} has it.
     */
    Texts without(NotImported notImported) {
      leaveOut(inputLabels, INPUT_FIELD_LABELS, notImported.inputs());
      leaveOut(inputDescriptions, INPUT_FIELD_DESCRIPTIONS, notImported.inputs());
      leaveOut(outputLabels, OUTPUT_FIELD_LABELS, notImported.outputs());
      return this;
    }

    private void leaveOut(Map<String, String> texts, String key, Set<String> notImported) {
      for (String name : notImported) {
        if (texts.remove(name) != null) {
          read.get(key).refuse(name, "the text of a field that is not imported");
        }
      }
    }

    /**
     * The text of field {@code name}, taken off for the field's own member; an empty one stays as a
     * {@code @FieldText}, which writes it as it is, since the field's member takes "" for unset.
     */
    static String take(Map<String, String> texts, String name) {
      String text = texts.get(name);
      return text == null || text.isEmpty() ? null : texts.remove(name);
    }

    private static Map<String, String> texts(
        JsonFields locale, String key, Map<String, JsonFields> read) {
      Map<String, String> texts = new LinkedHashMap<>();
      if (locale != null) {
        locale
            .nonEmptyObject(key)
            .ifPresent(
                map -> {
                  read.put(key, map);
                  map.keys()
                      .forEach(
                          name -> {
                            String text = map.string(name);
                            if (text != null) {
                              texts.put(name, text);
                            }
                          });
                });
      }
      return texts;
    }
  }
}
